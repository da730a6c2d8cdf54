package io.dandelion.organisation;

import java.util.List;

/** A team as other modules see it; {@code languages} are those at least one member answers customers in. */
public record TeamSummary(TeamId id, UnitId unit, String name, TeamKind kind, List<String> languages) {

	public TeamSummary {
		languages = List.copyOf(languages);
	}
}
