package io.dandelion.analytics;

import io.dandelion.organisation.AccessScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conversations behind a report's number: those whose customer first wrote in the period (or, for
 * the backlog, those waiting now) with the report's key for its dimension, newest first; scoped like every
 * report. Also the per-conversation export.
 */
@Component
public class Drilldown {

	/** The most conversations one drill-down or export returns. */
	public static final int MAX_ROWS = 100_000;

	private static final String NONE = "'00000000-0000-0000-0000-000000000000'::uuid";

	private static final String CONVERSATIONS = """
			select * from (select c.conversation_id, c.unit_id, c.channel_id, c.platform, c.language, c.status,
			         c.first_inbound_at, c.first_response_at, c.resolved_at, c.open_since,
			         coalesce(w.team_id, %1$s) as team_id, coalesce(w.agent_id, %1$s) as agent_id,
			         coalesce(w.agency_id, %1$s) as agency_id,
			         coalesce(w.first_response_breached, false) as first_response_breached,
			         coalesce(w.resolution_breached, false) as resolution_breached,
			         date_trunc('hour', c.first_inbound_at) as hour, ?::timestamptz - c.open_since as age
			      from analytics_conversation c left join analytics_work w on w.conversation_id = c.conversation_id) b
			""".formatted(NONE);

	private final JdbcClient jdbc;
	private final ReportAccess access;

	Drilldown(JdbcClient jdbc, ReportAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * Up to {@code limit} conversations behind the row {@code key} of a report broken down by {@code by}
	 * ({@code key} null: all of the period's); {@code waiting}: the backlog's conversations, at {@code now}.
	 */
	public List<ConversationRow> conversations(AccessScope scope, ReportQuery query, Dimension by, @Nullable String key,
			boolean waiting, Instant now, int limit) {
		if (limit < 1 || limit > MAX_ROWS) {
			throw new IllegalArgumentException("a drill-down returns 1 to " + MAX_ROWS + " conversations");
		}
		var units = access.readableUnits(scope, query.unit());
		ReportScope where = waiting ? ReportScope.snapshot(scope, units).and("open_since is not null")
				: ReportScope.of(scope, query, units)
					// the same period as the hour's (whole hours), said of the indexed column
					.and("first_inbound_at >= ? and first_inbound_at < ?", query.from().atOffset(ZoneOffset.UTC),
							query.to().atOffset(ZoneOffset.UTC));
		if (key != null && by != Dimension.TOTAL) {
			if (by == Dimension.INTENT || by == Dimension.SENTIMENT) {
				where.and("exists (select 1 from analytics_message m where m.conversation_id = b.conversation_id and m."
						+ by.column() + " = ? and m.created_at >= ? and m.created_at < ?)", key,
						query.from().atOffset(ZoneOffset.UTC), query.to().atOffset(ZoneOffset.UTC));
			}
			else if (by.isTime()) {
				// the bucket as a period of the indexed column, not its key computed row by row
				Instant[] bucket = by.period(key);
				where.and("first_inbound_at >= ? and first_inbound_at < ?", bucket[0].atOffset(ZoneOffset.UTC),
						bucket[1].atOffset(ZoneOffset.UTC));
			}
			else {
				where.and(by.column() + " = ?", key);
				if (by == Dimension.AGE) {
					ageBand(where, key, now);
				}
			}
		}
		List<Object> params = new ArrayList<>();
		params.add(now.atOffset(ZoneOffset.UTC));
		params.addAll(where.params(limit));
		Map<String, String> labels = new HashMap<>();
		Labels cached = (dimension, value) -> labels.computeIfAbsent(dimension + "/" + value,
				k -> access.label(dimension, value));
		return jdbc.sql(CONVERSATIONS + where.sql() + " order by first_inbound_at desc nulls last, conversation_id limit ?")
			.params(params)
			.query((rs, n) -> row(rs, cached))
			.list();
	}

	/**
	 * The age band as a range of {@code open_since}, which the backlog's partial index holds, besides the band
	 * computed row by row (an unknown band adds nothing and finds nothing).
	 */
	private static void ageBand(ReportScope where, String band, Instant now) {
		Matcher hours = Pattern.compile("(\\d+)-(\\d+)h|(\\d+)h\\+").matcher(band);
		if (!hours.matches()) {
			return;
		}
		long youngest = Long.parseLong(hours.group(1) != null ? hours.group(1) : hours.group(3));
		where.and("open_since <= ?", now.minus(Duration.ofHours(youngest)).atOffset(ZoneOffset.UTC));
		if (hours.group(2) != null) {
			where.and("open_since > ?", now.minus(Duration.ofHours(Long.parseLong(hours.group(2)))).atOffset(ZoneOffset.UTC));
		}
	}

	/** Labels looked up once per call, however many rows share them. */
	private interface Labels {
		String of(Dimension dimension, String key);
	}

	private static ConversationRow row(ResultSet rs, Labels labels) throws SQLException {
		Instant first = instant(rs, "first_inbound_at");
		Instant answered = instant(rs, "first_response_at");
		return new ConversationRow(rs.getString("conversation_id"), labels.of(Dimension.UNIT, rs.getString("unit_id")),
				labels.of(Dimension.CHANNEL, rs.getString("channel_id")), rs.getString("platform"),
				rs.getString("language"), rs.getString("status"), first, answered,
				first == null || answered == null ? null : (answered.toEpochMilli() - first.toEpochMilli()) / 1000.0,
				instant(rs, "resolved_at"), labels.of(Dimension.TEAM, rs.getString("team_id")),
				labels.of(Dimension.AGENT, rs.getString("agent_id")),
				labels.of(Dimension.AGENCY, rs.getString("agency_id")), rs.getBoolean("first_response_breached"),
				rs.getBoolean("resolution_breached"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
