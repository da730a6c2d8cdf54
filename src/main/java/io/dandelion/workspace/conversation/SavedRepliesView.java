package io.dandelion.workspace.conversation;

import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The saved-replies page: the replies the reader sees, the units where they may write them, and a refusal. */
public record SavedRepliesView(List<SavedReply> replies, List<UnitSummary> writableUnits, Map<UnitId, String> unitNames,
		Set<UnitId> writable, @Nullable String error) {

	public SavedRepliesView {
		replies = List.copyOf(replies);
		writableUnits = List.copyOf(writableUnits);
		unitNames = Map.copyOf(unitNames);
		writable = Set.copyOf(writable);
	}

	public boolean canEdit(SavedReply reply) {
		return writable.contains(reply.unit());
	}

	public String unitName(UnitId unit) {
		return unitNames.getOrDefault(unit, unit.toString().substring(0, 8));
	}
}
