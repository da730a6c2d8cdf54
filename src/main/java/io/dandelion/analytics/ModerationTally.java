package io.dandelion.analytics;

import static io.dandelion.analytics.RollUps.array;

import io.dandelion.moderation.ModerationActionsTaken.TakenAction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts moderation's actions per hour, unit, channel, platform, language, action, reason, origin
 * (automatic or human) and agency, each action once: a replayed event finds it in
 * {@code analytics_moderation_seen} and adds nothing.
 */
@Component
class ModerationTally {

	private final JdbcClient jdbc;

	ModerationTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(List<TakenAction> actions) {
		Map<Seen, TakenAction> distinct = new LinkedHashMap<>();
		actions.forEach(a -> distinct.putIfAbsent(Seen.of(a), a));
		if (distinct.isEmpty()) {
			return;
		}
		List<Seen> keys = List.copyOf(distinct.keySet());
		List<TakenAction> fresh = jdbc.sql("""
				insert into analytics_moderation_seen (message_id, action, automatic, at)
				select * from unnest(?::uuid[], ?::text[], ?::boolean[], ?::timestamptz[])
				on conflict do nothing
				returning message_id, action, automatic, at""")
			.params(array(keys, k -> k.message().toString()), array(keys, Seen::action),
					array(keys, k -> String.valueOf(k.automatic())), array(keys, k -> k.at().toString()))
			.query((rs, n) -> new Seen(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.map(distinct::get)
			.toList();
		Map<String, Count> counts = new TreeMap<>();
		for (TakenAction a : fresh) {
			var count = new Count(RollUps.hourOf(a.at()).toString(), a.unit().toString(), a.channel().toString(),
					a.platform(), a.language(), a.action(), a.reason(), a.automatic(),
					a.agency() == null ? Work.NONE.toString() : a.agency().toString(), 1);
			counts.merge(count.key(), count, (x, y) -> x.plus(y.actions()));
		}
		for (Grain grain : Grain.values()) {
			Map<String, Count> bucketed = new TreeMap<>();
			counts.values().forEach(c -> {
				Count moved = c.in(grain);
				bucketed.merge(moved.key(), moved, (x, y) -> x.plus(y.actions()));
			});
			write(grain, List.copyOf(bucketed.values()));
		}
	}

	private void write(Grain grain, List<Count> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("insert into " + grain.table("analytics_moderation") + " as t" + """
				 (hour, unit_id, channel_id, platform, language, action, reason, automatic, agency_id, actions)
				select * from unnest(?::timestamptz[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
				                     ?::boolean[], ?::uuid[], ?::bigint[])
				on conflict (hour, unit_id, channel_id, platform, language, action, reason, automatic, agency_id)
				do update set actions = t.actions + excluded.actions""")
			.params(array(rows, Count::hour), array(rows, Count::unit), array(rows, Count::channel),
					array(rows, Count::platform), array(rows, Count::language), array(rows, Count::action),
					array(rows, Count::reason), array(rows, c -> String.valueOf(c.automatic())), array(rows, Count::agency),
					array(rows, c -> String.valueOf(c.actions())))
			.update();
	}

	/** What identifies one action: a replay carries the same. */
	private record Seen(UUID message, String action, boolean automatic, Instant at) {

		static Seen of(TakenAction a) {
			return new Seen(a.message().value(), a.action(), a.automatic(), a.at().truncatedTo(ChronoUnit.MICROS));
		}
	}

	private record Count(String hour, String unit, String channel, String platform, String language, String action,
			String reason, boolean automatic, String agency, long actions) {

		String key() {
			return String.join("\u0000", hour, unit, channel, platform, language, action, reason,
					String.valueOf(automatic), agency);
		}

		Count in(Grain grain) {
			return new Count(grain.bucketOf(Instant.parse(hour)).toString(), unit, channel, platform, language, action,
					reason, automatic, agency, actions);
		}

		Count plus(long more) {
			return new Count(hour, unit, channel, platform, language, action, reason, automatic, agency, actions + more);
		}
	}
}
