package io.dandelion.analytics;

import static io.dandelion.analytics.RollUps.array;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Changes to the message counts of one batch, summed per roll-up row and written in one statement. */
final class VolumeDeltas {

	private final Map<String, Delta> deltas = new TreeMap<>();

	void add(RollUps.Fact fact, long change) {
		var key = new Delta(RollUps.hourOf(fact.createdAt()).toString(), fact.unit().toString(),
				fact.channel().toString(), fact.platform(), fact.classification().language(),
				fact.classification().intent(), fact.classification().sentiment(), fact.direction(), 0);
		deltas.merge(key.key(), key.plus(change), (a, b) -> a.plus(b.messages()));
	}

	/** Writes the changes into the hourly, daily and monthly tables, each summed per its own bucket. */
	void write(JdbcClient jdbc) {
		for (Grain grain : Grain.values()) {
			Map<String, Delta> bucketed = new TreeMap<>();
			deltas.values().forEach(d -> {
				Delta moved = d.in(grain);
				bucketed.merge(moved.key(), moved, (a, b) -> a.plus(b.messages()));
			});
			write(jdbc, grain, new ArrayList<>(bucketed.values().stream().filter(d -> d.messages() != 0).toList()));
		}
	}

	private static void write(JdbcClient jdbc, Grain grain, List<Delta> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("insert into " + grain.table("analytics_volume") + " as t" + """
				 (hour, unit_id, channel_id, platform, language, intent, sentiment, direction,
				                              messages)
				select * from unnest(?::timestamptz[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
				                     ?::text[], ?::bigint[])
				on conflict (hour, unit_id, channel_id, platform, language, intent, sentiment, direction)
				do update set messages = t.messages + excluded.messages""")
			.params(array(rows, Delta::hour), array(rows, Delta::unit), array(rows, Delta::channel),
					array(rows, Delta::platform), array(rows, Delta::language), array(rows, Delta::intent),
					array(rows, Delta::sentiment), array(rows, Delta::direction),
					array(rows, d -> String.valueOf(d.messages())))
			.update();
	}

	private record Delta(String hour, String unit, String channel, String platform, String language, String intent,
			String sentiment, String direction, long messages) {

		String key() {
			return String.join("\u0000", hour, unit, channel, platform, language, intent, sentiment, direction);
		}

		Delta in(Grain grain) {
			return new Delta(grain.bucketOf(java.time.Instant.parse(hour)).toString(), unit, channel, platform, language,
					intent, sentiment, direction, messages);
		}

		Delta plus(long change) {
			return new Delta(hour, unit, channel, platform, language, intent, sentiment, direction, messages + change);
		}
	}
}
