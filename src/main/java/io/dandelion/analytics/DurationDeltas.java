package io.dandelion.analytics;

import static io.dandelion.analytics.RollUps.array;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Duration samples of one batch, summed per roll-up row and bin and written in one statement. */
final class DurationDeltas {

	private final Map<String, Row> rows = new TreeMap<>();

	void add(ConversationTimes.Times conversation, Work work, Metric metric, Instant at, Duration duration,
			boolean breached) {
		var row = new Row(RollUps.hourOf(at).toString(), conversation.unit(), conversation.channel(),
				conversation.platform(), conversation.language(), work.team(), work.agent(), work.agency(), metric.name(),
				DurationBins.binOf(duration), 1, duration.toMillis() / 1000.0, breached ? 1 : 0);
		rows.merge(row.key(), row, Row::plus);
	}

	/** Writes the samples into the hourly, daily and monthly tables, each summed per its own bucket. */
	void write(JdbcClient jdbc) {
		if (rows.isEmpty()) {
			return;
		}
		for (Grain grain : Grain.values()) {
			Map<String, Row> bucketed = new TreeMap<>();
			rows.values().forEach(r -> {
				Row moved = r.in(grain);
				bucketed.merge(moved.key(), moved, Row::plus);
			});
			write(jdbc, grain, List.copyOf(bucketed.values()));
		}
	}

	private static void write(JdbcClient jdbc, Grain grain, List<Row> list) {
		jdbc.sql("insert into " + grain.table("analytics_duration") + " as t" + """
				 (hour, unit_id, channel_id, platform, language, team_id, agent_id, agency_id,
				                                metric, bin, samples, total_seconds, breached)
				select * from unnest(?::timestamptz[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::uuid[],
				                     ?::uuid[], ?::text[], ?::smallint[], ?::bigint[], ?::float8[], ?::bigint[])
				on conflict (hour, unit_id, channel_id, platform, language, team_id, agent_id, agency_id, metric, bin)
				do update set samples = t.samples + excluded.samples, total_seconds = t.total_seconds + excluded.total_seconds,
				    breached = t.breached + excluded.breached""")
			.params(array(list, Row::hour), array(list, r -> r.unit().toString()),
					array(list, r -> r.channel().toString()), array(list, Row::platform), array(list, Row::language),
					array(list, r -> r.team().toString()), array(list, r -> r.agent().toString()),
					array(list, r -> r.agency().toString()), array(list, Row::metric),
					array(list, r -> String.valueOf(r.bin())), array(list, r -> String.valueOf(r.samples())),
					array(list, r -> String.valueOf(r.seconds())), array(list, r -> String.valueOf(r.breached())))
			.update();
	}

	private record Row(String hour, UUID unit, UUID channel, String platform, String language, UUID team, UUID agent,
			UUID agency, String metric, int bin, long samples, double seconds, long breached) {

		String key() {
			return String.join("\u0000", hour, unit.toString(), channel.toString(), platform, language, team.toString(),
					agent.toString(), agency.toString(), metric, String.valueOf(bin));
		}

		Row in(Grain grain) {
			return new Row(grain.bucketOf(Instant.parse(hour)).toString(), unit, channel, platform, language, team, agent,
					agency, metric, bin, samples, seconds, breached);
		}

		Row plus(Row other) {
			return new Row(hour, unit, channel, platform, language, team, agent, agency, metric, bin,
					samples + other.samples, seconds + other.seconds, breached + other.breached);
		}
	}
}
