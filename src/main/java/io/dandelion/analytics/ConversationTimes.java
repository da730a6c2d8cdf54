package io.dandelion.analytics;

import static io.dandelion.analytics.RollUps.array;

import io.dandelion.analytics.RollUps.Fact;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follows each conversation's first inbound message and the organisation's first answer after it, and
 * adds the wait between them to the first-response histogram of the hour the answer came in, under the
 * conversation's language at that moment. Runs inside the batch's transaction (see {@link RollUps}).
 */
@Component
class ConversationTimes {

	private final JdbcClient jdbc;

	ConversationTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(List<Fact> added, List<Fact> reclassified) {
		List<Fact> all = new ArrayList<>(added);
		all.addAll(reclassified);
		if (all.isEmpty()) {
			return;
		}
		Map<UUID, Times> times = load(all.stream().map(Fact::conversation).distinct().toList());
		List<Fact> byTime = new ArrayList<>(all);
		byTime.sort(Fact.byTime());
		var durations = new DurationDeltas();
		for (Fact fact : byTime) {
			Times current = times.computeIfAbsent(fact.conversation(), c -> Times.startedBy(fact));
			times.put(fact.conversation(), current.languageFrom(fact));
		}
		for (Fact fact : added.stream().sorted(Fact.byTime()).toList()) {
			Times current = times.get(fact.conversation());
			if (fact.inbound()) {
				times.put(fact.conversation(), current.inboundAt(fact.createdAt()));
			}
			else if (current.awaitsAnswerBefore(fact.createdAt())) {
				times.put(fact.conversation(), current.answeredAt(fact.createdAt()));
				durations.add(current, Metric.FIRST_RESPONSE, fact.createdAt(),
						Duration.between(current.firstInboundAt(), fact.createdAt()));
			}
		}
		write(times.values());
		durations.write(jdbc);
	}

	private Map<UUID, Times> load(List<UUID> ids) {
		Map<UUID, Times> found = new HashMap<>();
		jdbc.sql("""
				select conversation_id, unit_id, channel_id, platform, language, first_inbound_at, first_response_at
				from analytics_conversation where conversation_id = any(?::uuid[])""")
			.param(ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> new Times(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)),
					instant(rs.getObject(7, OffsetDateTime.class))))
			.list()
			.forEach(t -> found.put(t.conversation(), t));
		return found;
	}

	private void write(Collection<Times> rows) {
		List<Times> list = List.copyOf(rows);
		jdbc.sql("""
				insert into analytics_conversation (conversation_id, unit_id, channel_id, platform, language,
				                                    first_inbound_at, first_response_at)
				select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
				on conflict (conversation_id) do update set language = excluded.language,
				    first_inbound_at = excluded.first_inbound_at, first_response_at = excluded.first_response_at""")
			.params(array(list, t -> t.conversation().toString()), array(list, t -> t.unit().toString()),
					array(list, t -> t.channel().toString()), array(list, Times::platform), array(list, Times::language),
					array(list, t -> text(t.firstInboundAt())), array(list, t -> text(t.firstResponseAt())))
			.update();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private static @Nullable String text(@Nullable Instant value) {
		return value == null ? null : value.toString();
	}

	/** What analytics knows of one conversation's timing. */
	record Times(UUID conversation, UUID unit, UUID channel, String platform, String language,
			@Nullable Instant firstInboundAt, @Nullable Instant firstResponseAt) {

		static Times startedBy(Fact fact) {
			return new Times(fact.conversation(), fact.unit(), fact.channel(), fact.platform(),
					fact.classification().language(), null, null);
		}

		/** An inbound message's determined language becomes the conversation's. */
		Times languageFrom(Fact fact) {
			String found = fact.classification().language();
			if (!fact.inbound() || Classification.UNDETERMINED.equals(found)) {
				return this;
			}
			return new Times(conversation, unit, channel, platform, found, firstInboundAt, firstResponseAt);
		}

		Times inboundAt(Instant at) {
			boolean earlier = firstInboundAt == null || at.isBefore(firstInboundAt);
			return earlier && firstResponseAt == null
					? new Times(conversation, unit, channel, platform, language, at, null) : this;
		}

		boolean awaitsAnswerBefore(Instant at) {
			return firstInboundAt != null && firstResponseAt == null && !at.isBefore(firstInboundAt);
		}

		Times answeredAt(Instant at) {
			return new Times(conversation, unit, channel, platform, language, firstInboundAt, at);
		}
	}

	/** Duration samples of one batch, summed per roll-up row and bin. */
	static final class DurationDeltas {

		private final Map<String, Row> rows = new TreeMap<>();

		void add(Times conversation, Metric metric, Instant at, Duration duration) {
			var row = new Row(RollUps.hourOf(at).toString(), conversation.unit().toString(),
					conversation.channel().toString(), conversation.platform(), conversation.language(), metric.name(),
					DurationBins.binOf(duration), 1, duration.toMillis() / 1000.0);
			rows.merge(row.key(), row, Row::plus);
		}

		void write(JdbcClient jdbc) {
			if (rows.isEmpty()) {
				return;
			}
			List<Row> list = List.copyOf(rows.values());
			jdbc.sql("""
					insert into analytics_duration (hour, unit_id, channel_id, platform, language, metric, bin, samples,
					                                total_seconds)
					select * from unnest(?::timestamptz[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
					                     ?::smallint[], ?::bigint[], ?::float8[])
					on conflict (hour, unit_id, channel_id, platform, language, metric, bin) do update
					set samples = analytics_duration.samples + excluded.samples,
					    total_seconds = analytics_duration.total_seconds + excluded.total_seconds""")
				.params(array(list, Row::hour), array(list, Row::unit), array(list, Row::channel),
						array(list, Row::platform), array(list, Row::language), array(list, Row::metric),
						array(list, r -> String.valueOf(r.bin())), array(list, r -> String.valueOf(r.samples())),
						array(list, r -> String.valueOf(r.seconds())))
				.update();
		}

		private record Row(String hour, String unit, String channel, String platform, String language, String metric,
				int bin, long samples, double seconds) {

			String key() {
				return String.join("\u0000", hour, unit, channel, platform, language, metric, String.valueOf(bin));
			}

			Row plus(Row other) {
				return new Row(hour, unit, channel, platform, language, metric, bin, samples + other.samples,
						seconds + other.seconds);
			}
		}
	}
}
