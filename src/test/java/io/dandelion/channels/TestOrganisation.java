package io.dandelion.channels;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamKind;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small organisation in the organisation module's mocks: acme → europe → fr, es; a community and a
 * care team in fr and es, a hub team on acme; and callers with one role each.
 */
public final class TestOrganisation {

	public final UnitId acme = UnitId.random(), europe = UnitId.random(), fr = UnitId.random(), es = UnitId.random();
	public final TeamId frCommunity = TeamId.random(), frCare = TeamId.random(), esCommunity = TeamId.random(),
			hubTeam = TeamId.random();
	public final TestScope hubAdmin = TestScope.of("hub.admin", Role.HUB_ADMIN, acme, europe, fr, es);
	public final TestScope frManager = TestScope.of("fr.community", Role.COMMUNITY_MANAGER, fr);
	public final TestScope esManager = TestScope.of("es.community", Role.COMMUNITY_MANAGER, es);
	public final TestScope frAgent = TestScope.of("fr.agent", Role.AGENT, fr);
	public final TestScope hubManager = TestScope.of("hub.community", Role.COMMUNITY_MANAGER, acme, europe, fr, es);

	private final CurrentAccess access;
	private final Map<TeamId, TeamSummary> teamsById = new HashMap<>();

	public TestOrganisation(Units units, Teams teams, CurrentAccess access) {
		this.access = access;
		unit(units, acme, "acme", null, Set.of(acme, europe, fr, es));
		unit(units, europe, "europe", acme, Set.of(europe, fr, es));
		unit(units, fr, "fr", europe, Set.of(fr));
		unit(units, es, "es", europe, Set.of(es));
		given(units.path(fr)).willReturn(List.of(summary(acme, "acme", null), summary(europe, "europe", acme), summary(fr, "fr", europe)));
		given(units.path(es)).willReturn(List.of(summary(acme, "acme", null), summary(europe, "europe", acme), summary(es, "es", europe)));
		team(teams, frCommunity, fr, "France community", TeamKind.COMMUNITY);
		team(teams, frCare, fr, "France care", TeamKind.CARE_HELPERS);
		team(teams, esCommunity, es, "Spain community", TeamKind.COMMUNITY);
		team(teams, hubTeam, acme, "Hub social team", TeamKind.COMMUNITY);
		given(teams.find(any())).willAnswer(call -> Optional.ofNullable(teamsById.get(call.getArgument(0))));
		given(teams.ofUnit(any(UnitId.class))).willAnswer(call -> teamsById.values()
			.stream()
			.filter(team -> team.unit().equals(call.getArgument(0)))
			.toList());
	}

	/** Makes {@code scope} the caller of what follows. */
	public TestScope as(TestScope scope) {
		given(access.get()).willReturn(scope);
		return scope;
	}

	private void team(Teams teams, TeamId id, UnitId unit, String name, TeamKind kind) {
		teamsById.put(id, new TeamSummary(id, unit, name, kind, List.of()));
	}

	private static void unit(Units units, UnitId id, String code, UnitId parent, Set<UnitId> subtree) {
		given(units.find(id)).willReturn(Optional.of(summary(id, code, parent)));
		given(units.subtreeIds(id)).willReturn(subtree);
	}

	private static UnitSummary summary(UnitId id, String code, UnitId parent) {
		return new UnitSummary(id, code, code.toUpperCase(), parent == null ? UnitKind.GROUP : UnitKind.COUNTRY, parent,
				"Europe/Paris", List.of(), null);
	}
}
