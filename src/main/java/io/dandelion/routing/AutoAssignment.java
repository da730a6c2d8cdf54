package io.dandelion.routing;

import io.dandelion.organisation.MemberId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses who gets the next conversation: an online agent who speaks the language and is below
 * capacity; the least loaded (by share of capacity) first; among equals, the one who waited longest
 * since their last assignment, so that work is shared fairly over the day.
 */
public final class AutoAssignment {

	private static final Comparator<AgentLoad> FAIREST = Comparator.comparingDouble(AgentLoad::utilisation)
		.thenComparing(a -> a.lastAssignedAt() == null ? Instant.MIN : a.lastAssignedAt())
		.thenComparing(a -> a.agent().value());

	private AutoAssignment() {
	}

	public static Optional<MemberId> choose(String language, List<AgentLoad> agents) {
		return agents.stream().filter(a -> a.canTake(language)).min(FAIREST).map(AgentLoad::agent);
	}
}
