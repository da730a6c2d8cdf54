package io.dandelion.channels.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelProvisioning;
import io.dandelion.organisation.TeamKind;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ChannelProvisioning}: channels of Dandelion's own platforms, owned by the nearest fitting team. */
@Component
class OwnedChannels implements ChannelProvisioning {

	private static final List<TeamKind> PREFERRED = List.of(TeamKind.COMMUNITY, TeamKind.CARE_HELPERS, TeamKind.SITES);

	private final JdbcClient jdbc;
	private final Teams teams;
	private final Units units;
	private final AuditLog audit;

	OwnedChannels(JdbcClient jdbc, Teams teams, Units units, AuditLog audit) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.units = units;
		this.audit = audit;
	}

	@Override
	@Transactional
	public boolean ensure(String actor, ChannelId id, UnitId unit, String platform, String handle) {
		if (jdbc.sql("select count(*) from channel where id = ?").param(id.value()).query(Integer.class).single() > 0) {
			return true;
		}
		Optional<TeamSummary> owner = owner(unit);
		if (owner.isEmpty()) {
			return false;
		}
		String name = Platforms.require(platform);
		int inserted = jdbc.sql("""
				insert into channel (id, unit_id, owner_team_id, platform, handle) values (?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(id.value(), unit.value(), owner.get().id().value(), name, handle)
			.update();
		if (inserted > 0) {
			audit.record(new AuditEntry(actor, "channel.created", unit, "channel", id.toString(), null,
					Map.of("platform", name, "handle", handle, "ownerTeam", owner.get().id().toString())));
		}
		return true;
	}

	/** A team of the unit, or else of the nearest unit above it, community teams first. */
	private Optional<TeamSummary> owner(UnitId unit) {
		List<UnitId> line = new ArrayList<>();
		line.add(unit);
		units.ancestors(unit).stream().map(UnitSummary::id).forEach(line::add);
		for (UnitId candidate : line) {
			Optional<TeamSummary> team = teams.ofUnit(candidate)
				.stream()
				.min(Comparator.comparingInt(t -> PREFERRED.contains(t.kind()) ? PREFERRED.indexOf(t.kind())
						: PREFERRED.size()));
			if (team.isPresent()) {
				return team;
			}
		}
		return Optional.empty();
	}
}
