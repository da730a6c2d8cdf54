package io.dandelion.routing.internal;

import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.QueueId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A team's work queue and what it selects: conversations from some unit subtrees, in some languages,
 * on some channels, with some intents, at or above a priority. An empty selector selects everything.
 * With {@code autoAssign}, waiting conversations are given to the team's agents without them asking.
 */
public record Queue(QueueId id, TeamId team, UnitId unit, String name, Role role, Set<UnitId> units,
		Set<String> languages, Set<UUID> channels, Set<String> intents, @Nullable Integer maxPriority, int position, boolean autoAssign) {

	/** What a queue is for, beyond its team's own work. */
	public enum Role {
		TEAM, HUB, TRIAGE
	}

	public Queue {
		units = Set.copyOf(units);
		languages = Set.copyOf(languages);
		channels = Set.copyOf(channels);
		intents = Set.copyOf(intents);
	}

	/** Whether the queue selects a conversation from {@code unitPath} (the group first, its unit last). */
	boolean selects(List<UnitId> unitPath, String language, UUID channel, @Nullable String intent, int priority) {
		return (units.isEmpty() || unitPath.stream().anyMatch(units::contains))
				&& (languages.isEmpty() || languages.contains(language))
				&& (channels.isEmpty() || channels.contains(channel))
				&& (intents.isEmpty() || intent != null && intents.contains(intent))
				&& (maxPriority == null || priority <= maxPriority);
	}
}
