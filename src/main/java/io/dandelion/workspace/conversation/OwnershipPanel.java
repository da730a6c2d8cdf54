package io.dandelion.workspace.conversation;

import io.dandelion.routing.ConversationOwnership.Move;
import io.dandelion.routing.ConversationOwnership.WorkState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The conversation's place in routing as the page shows it: its queue and holder (display name), whether
 * the caller holds it, the colleagues and teams it can be handed to (form value to label), and its
 * routing history.
 */
public record OwnershipPanel(WorkState state, @Nullable String holder, boolean mine, Map<String, String> colleagues,
		Map<String, String> teams, List<Move> history) {

	public OwnershipPanel {
		colleagues = Collections.unmodifiableMap(new LinkedHashMap<>(colleagues));
		teams = Collections.unmodifiableMap(new LinkedHashMap<>(teams));
		history = List.copyOf(history);
	}

	public boolean held() {
		return state.holder() != null;
	}
}
