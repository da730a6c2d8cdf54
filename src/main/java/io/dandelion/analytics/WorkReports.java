package io.dandelion.analytics;

import io.dandelion.analytics.Dimension.Source;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.Agencies;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.ContractSummary;
import io.dandelion.organisation.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports on the work itself: the backlog and its age now, moderation's actions by reason and origin,
 * and agencies' performance against their contracts; scoped like every report (see {@link Reports}).
 */
@Component
public class WorkReports {

	private final JdbcClient jdbc;
	private final ReportAccess access;
	private final Reports reports;
	private final Agencies agencies;

	WorkReports(JdbcClient jdbc, ReportAccess access, Reports reports, Agencies agencies) {
		this.jdbc = jdbc;
		this.access = access;
		this.reports = reports;
		this.agencies = agencies;
	}

	/** Conversations waiting for resolution at {@code at} in {@code unit}'s subtree (null: all readable), by {@code by}. */
	public List<BacklogRow> backlog(AccessScope scope, Instant at, @Nullable UnitId unit, Dimension by) {
		by.requireFor(Source.BACKLOG, "the backlog (a snapshot, not a period)");
		var where = ReportScope.snapshot(scope, access.readableUnits(scope, unit));
		var time = at.atOffset(ZoneOffset.UTC);
		List<BacklogRow> rows = jdbc.sql("select " + by.column() + """
				, count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'PENDING'),
				  avg(seconds), percentile_disc(0.5) within group (order by seconds),
				  percentile_disc(0.9) within group (order by seconds), max(seconds)
				from (select c.unit_id, c.channel_id, c.platform, c.language, c.status,
				             coalesce(w.team_id, '00000000-0000-0000-0000-000000000000') as team_id,
				             coalesce(w.agent_id, '00000000-0000-0000-0000-000000000000') as agent_id,
				             coalesce(w.agency_id, '00000000-0000-0000-0000-000000000000') as agency_id,
				             ?::timestamptz - c.open_since as age, extract(epoch from ?::timestamptz - c.open_since) as seconds
				      from analytics_conversation c left join analytics_work w on w.conversation_id = c.conversation_id
				      where c.open_since is not null and c.open_since <= ?) b""" + where.sql() + " group by 1")
			.params(concat(List.of(time, time, time), where.params()))
			.query((rs, n) -> new BacklogRow(rs.getString(1), access.label(by, rs.getString(1)), rs.getLong(2),
					rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)))
			.list();
		return ReportAccess.sorted(rows, by, Comparator.comparingLong(BacklogRow::total).reversed(), BacklogRow::key);
	}

	/** Moderation's actions, automatic (policies) and human (review verdicts), by {@code by} (e.g. reason, action). */
	public List<ActionRow> moderationActions(AccessScope scope, ReportQuery query, Dimension by) {
		by.requireFor(Source.MODERATION, "moderation actions");
		var where = ReportScope.of(scope, query, access.readableUnits(scope, query.unit()));
		List<Object> params = new java.util.ArrayList<>();
		String from = RollUpRows.MODERATION.from(query, by, params);
		params.addAll(where.params());
		List<ActionRow> rows = jdbc.sql("select " + by.column() + """
				, coalesce(sum(actions) filter (where automatic), 0), coalesce(sum(actions) filter (where not automatic), 0)
				from\s""" + from + where.sql() + " group by " + by.group() + " having sum(actions) <> 0")
			.params(params)
			.query((rs, n) -> new ActionRow(rs.getString(1), access.label(by, rs.getString(1)), rs.getLong(2),
					rs.getLong(3)))
			.list();
		return ReportAccess.sorted(rows, by, Comparator.comparingLong(ActionRow::total).reversed(), ActionRow::key);
	}

	/**
	 * Each agency that worked in the caller's units over the period (agency staff: only their own): hours
	 * bought, review decisions per contracted hour, first responses and resolutions with SLA attainment.
	 */
	public List<AgencyRow> agencyPerformance(AccessScope scope, ReportQuery query) {
		Map<String, DurationRow> answers = byKey(reports.durations(scope, query, Metric.FIRST_RESPONSE, Dimension.AGENCY));
		Map<String, DurationRow> resolutions = byKey(reports.durations(scope, query, Metric.RESOLUTION, Dimension.AGENCY));
		Map<String, ActionRow> decisions = moderationActions(scope, query, Dimension.AGENCY).stream()
			.collect(Collectors.toMap(ActionRow::key, Function.identity()));
		Set<String> keys = new LinkedHashSet<>(answers.keySet());
		keys.addAll(resolutions.keySet());
		keys.addAll(decisions.keySet());
		keys.remove(Work.NONE.toString());
		scope.contract().map(ContractLimits::agency).ifPresent(own -> keys.retainAll(Set.of(own.value().toString())));
		return keys.stream().map(key -> {
			double hours = contractedHours(new AgencyId(UUID.fromString(key)), query);
			long decided = decisions.containsKey(key) ? decisions.get(key).human() : 0;
			DurationRow answered = answers.get(key);
			DurationRow resolved = resolutions.get(key);
			return new AgencyRow(key, access.label(Dimension.AGENCY, key), hours, decided,
					hours == 0 ? null : decided / hours, answered == null ? 0 : answered.samples(),
					answered == null ? null : answered.medianSeconds(),
					answered == null ? null : answered.attainmentPercent(), resolved == null ? 0 : resolved.samples(),
					resolved == null ? null : resolved.attainmentPercent());
		}).sorted(Comparator.comparing(AgencyRow::label).thenComparing(AgencyRow::key)).toList();
	}

	/** Hours a week bought by the agency's contracts, over the part of the period each contract ran. */
	private double contractedHours(AgencyId agency, ReportQuery query) {
		double hours = 0;
		for (ContractSummary contract : agencies.contracts(agency)) {
			Instant start = contract.startsOn() == null ? query.from()
					: max(query.from(), contract.startsOn().atStartOfDay(ZoneOffset.UTC).toInstant());
			Instant end = contract.endsOn() == null ? query.to()
					: min(query.to(), contract.endsOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
			if (start.isBefore(end)) {
				hours += contract.hoursPerWeek() * Duration.between(start, end).toMinutes() / (7 * 24 * 60.0);
			}
		}
		return hours;
	}

	private static Map<String, DurationRow> byKey(List<DurationRow> rows) {
		return rows.stream().collect(Collectors.toMap(DurationRow::key, Function.identity()));
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static List<Object> concat(List<Object> first, List<Object> then) {
		var all = new java.util.ArrayList<>(first);
		all.addAll(then);
		return all;
	}
}
