package io.dandelion.sites.internal;

import java.util.List;

/**
 * What upgrading one site to a blueprint version does: the changes visitors and editors will see, and
 * the site's own texts that clash with the new version, each with what the upgrade does about it.
 */
public record RolloutPlan(int fromVersion, int toVersion, List<String> changes, List<Conflict> conflicts) {

	public RolloutPlan {
		changes = List.copyOf(changes);
		conflicts = List.copyOf(conflicts);
	}

	/** A text of the site's own that the new version clashes with, and what the upgrade does with it. */
	public record Conflict(String where, String locale, String problem, String resolution) {
	}
}
