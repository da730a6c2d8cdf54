package io.dandelion.organisation;

import java.util.Map;

/**
 * Published once, after the demo organisation was created on first start, so that other modules can seed
 * their own demo data. {@code units} maps unit codes (e.g. "fr") to ids; {@code members} maps usernames to ids.
 */
public record DemoOrganisationSeeded(UnitId group, Map<String, UnitId> units, Map<String, TeamId> teams,
		Map<String, MemberId> members) {

	public DemoOrganisationSeeded {
		units = Map.copyOf(units);
		teams = Map.copyOf(teams);
		members = Map.copyOf(members);
	}
}
