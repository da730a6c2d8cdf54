package io.dandelion.organisation;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates teams and changes who is in them; agency teams work under one contract. */
@Service
@Transactional
class TeamAdministration {

	private final JdbcClient jdbc;
	private final Teams teams;
	private final Members members;
	private final ApplicationEventPublisher events;

	TeamAdministration(JdbcClient jdbc, Teams teams, Members members, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.members = members;
		this.events = events;
	}

	/** @param contract the contract an agency team works under; required for agency teams, refused for others */
	TeamId create(AccessScope scope, UnitId unit, String name, TeamKind kind, @Nullable UUID contract, int capacity) {
		Guard.manages(scope, unit, "unit");
		String checked = UnitDraft.requireName(name);
		if (kind == null) {
			throw new IllegalArgumentException("a team needs a kind");
		}
		if ((kind == TeamKind.MODERATION_AGENCY) != (contract != null)) {
			throw new IllegalArgumentException("agency teams, and only they, work under a contract");
		}
		if (contract != null && jdbc.sql("select count(*) from contracts where id = ?").param(contract).query(Integer.class).single() == 0) {
			throw new NotFoundException("contract not found");
		}
		requireCapacity(capacity);
		requireFreeName(unit, checked, null);
		TeamId id = TeamId.random();
		jdbc.sql("insert into teams (id, unit_id, name, kind, contract_id, capacity) values (?, ?, ?, ?, ?, ?)")
			.params(id.value(), unit.value(), checked, kind.name(), contract, capacity)
			.update();
		events.publishEvent(new OrganisationChanged(scope.actor(), "team.created", unit, "team", id.toString(), null,
				Map.of("name", checked, "kind", kind.name(), "capacity", capacity)));
		return id;
	}

	void update(AccessScope scope, TeamId team, String name, int capacity) {
		TeamSummary before = visible(scope, team);
		String checked = UnitDraft.requireName(name);
		requireCapacity(capacity);
		requireFreeName(before.unit(), checked, team);
		jdbc.sql("update teams set name = ?, capacity = ? where id = ?").params(checked, capacity, team.value()).update();
		events.publishEvent(new OrganisationChanged(scope.actor(), "team.updated", before.unit(), "team", team.toString(),
				Map.of("name", before.name()), Map.of("name", checked, "capacity", capacity)));
	}

	/** Adds {@code member} to the team, or changes their capacity in it when they belong to it already. */
	void addMember(AccessScope scope, TeamId team, MemberId member, int capacity) {
		TeamSummary found = visible(scope, team);
		if (members.find(member).isEmpty()) {
			throw new NotFoundException("member not found");
		}
		if (capacity < 0 || capacity > 1000) {
			throw new IllegalArgumentException("a member's capacity is 0 to 1000 open conversations");
		}
		if (found.kind() == TeamKind.MODERATION_AGENCY) {
			requireOneAgency(team, member);
		}
		Integer before = jdbc.sql("select capacity from team_members where team_id = ? and member_id = ?")
			.params(team.value(), member.value())
			.query(Integer.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				insert into team_members (team_id, member_id, capacity) values (?, ?, ?)
				on conflict (team_id, member_id) do update set capacity = excluded.capacity""")
			.params(team.value(), member.value(), capacity)
			.update();
		SecurityContextAccess.forget();
		Map<String, Object> after = Map.of("member", member.toString(), "capacity", capacity);
		if (before == null) {
			events.publishEvent(new OrganisationChanged(scope.actor(), "team.member-added", found.unit(), "team",
					team.toString(), null, after));
		}
		else if (before != capacity) {
			events.publishEvent(new OrganisationChanged(scope.actor(), "team.member-capacity-changed", found.unit(), "team",
					team.toString(), Map.of("member", member.toString(), "capacity", before), after));
		}
	}

	void removeMember(AccessScope scope, TeamId team, MemberId member) {
		TeamSummary found = visible(scope, team);
		int removed = jdbc.sql("delete from team_members where team_id = ? and member_id = ?")
			.params(team.value(), member.value())
			.update();
		if (removed > 0) {
			SecurityContextAccess.forget();
			events.publishEvent(new OrganisationChanged(scope.actor(), "team.member-removed", found.unit(), "team", team.toString(),
					Map.of("member", member.toString()), null));
		}
	}

	private TeamSummary visible(AccessScope scope, TeamId team) {
		TeamSummary found = teams.find(team).orElseThrow(() -> new NotFoundException("team not found"));
		Guard.manages(scope, found.unit(), "team");
		return found;
	}

	/** A member works for one agency at most, so that one contract's limits apply to them. */
	private void requireOneAgency(TeamId team, MemberId member) {
		long agencies = jdbc.sql("""
				select count(distinct c.agency_id) from contracts c join teams t on t.contract_id = c.id
				where t.id = ? or t.id in (select team_id from team_members where member_id = ?)""")
			.params(team.value(), member.value())
			.query(Long.class)
			.single();
		if (agencies > 1) {
			throw new IllegalArgumentException("this member already works for another agency");
		}
	}

	private void requireFreeName(UnitId unit, String name, @Nullable TeamId except) {
		if (jdbc.sql("select count(*) from teams where unit_id = ? and lower(name) = lower(?) and id <> ?")
			.params(unit.value(), name, except == null ? new UUID(0, 0) : except.value())
			.query(Integer.class)
			.single() > 0) {
			throw new IllegalArgumentException("this unit already has a team called '" + name + "'");
		}
	}

	private static void requireCapacity(int capacity) {
		if (capacity < 0 || capacity > 100_000) {
			throw new IllegalArgumentException("a team's capacity is 0 to 100000 open conversations");
		}
	}
}
