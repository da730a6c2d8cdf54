package io.dandelion.analytics;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.AgencySummary;
import io.dandelion.organisation.Agencies;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.MemberSummary;
import io.dandelion.organisation.Members;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every report asks first: which units the caller may read reports of (404 for a unit they cannot
 * see, 403 for one they see without the right), and readable labels for the keys of a breakdown.
 */
@Component
class ReportAccess {

	private final Units units;
	// the channels module may be absent (e.g. in a partial deployment): channels then show their ids
	private final ObjectProvider<Channels> channels;
	private final Teams teams;
	private final Members members;
	private final Agencies agencies;

	ReportAccess(Units units, ObjectProvider<Channels> channels, Teams teams, Members members, Agencies agencies) {
		this.units = units;
		this.channels = channels;
		this.teams = teams;
		this.members = members;
		this.agencies = agencies;
	}

	Set<UnitId> readableUnits(AccessScope scope, @Nullable UnitId unit) {
		Set<UnitId> readable = scope.units(Permission.ANALYTICS_READ);
		if (unit == null) {
			if (readable.isEmpty()) {
				throw new Reports.NotAllowedException("reading reports needs the ANALYTICS_READ permission on some unit");
			}
			return readable;
		}
		if (!readable.contains(unit)) {
			if (Arrays.stream(Permission.values()).anyMatch(p -> scope.can(p, unit))) {
				throw new Reports.NotAllowedException("your roles do not include reading reports of this unit");
			}
			throw new Reports.UnknownUnitException("no unit " + unit);
		}
		Set<UnitId> subtree = new HashSet<>(units.subtreeIds(unit));
		subtree.add(unit);
		subtree.retainAll(readable);
		return subtree;
	}

	String label(Dimension by, String key) {
		if (Work.NONE.toString().equals(key)) {
			return by == Dimension.AGENT ? "unassigned" : "none";
		}
		return switch (by) {
			case UNIT -> units.find(UnitId.of(key)).map(UnitSummary::name).orElse(key);
			case CHANNEL -> {
				Channels found = channels.getIfAvailable();
				yield found == null ? key
						: found.find(new ChannelId(UUID.fromString(key))).map(c -> c.platform() + " " + c.handle()).orElse(key);
			}
			case TEAM -> teams.find(new TeamId(UUID.fromString(key))).map(TeamSummary::name).orElse(key);
			case AGENT -> members.find(new MemberId(UUID.fromString(key))).map(MemberSummary::displayName).orElse(key);
			case AGENCY -> agencies.find(new AgencyId(UUID.fromString(key))).map(AgencySummary::name).orElse(key);
			default -> key;
		};
	}

	static <T> List<T> sorted(List<T> rows, Dimension by, Comparator<T> busiestFirst, Function<T, String> key) {
		var list = new ArrayList<>(rows);
		if (by == Dimension.AGE) {
			list.sort(Comparator.comparing(r -> Integer.parseInt(key.apply(r).split("\\D")[0])));
		}
		else {
			list.sort(by.isTime() ? Comparator.comparing(key) : busiestFirst.thenComparing(key));
		}
		return List.copyOf(list);
	}
}
