package io.dandelion.moderation.internal;

import io.dandelion.conversations.ContactId;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.MessageFacts;
import io.dandelion.moderation.MessageFacts.AuthorFacts;
import java.time.ZoneId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The decision on every message, written for a whole batch in one statement; a message decided before
 * (a redelivered batch) is skipped. Also what past decisions tell about authors.
 */
@Component
class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What earlier decisions tell about an author: the facts rules read, and the language they wrote in last. */
	record AuthorHistory(AuthorFacts facts, @Nullable String language) {

		static AuthorHistory none() {
			return new AuthorHistory(AuthorFacts.unknown(), null);
		}
	}

	Map<ContactId, AuthorHistory> authors(Collection<ContactId> authors) {
		Map<ContactId, AuthorHistory> result = new HashMap<>();
		if (authors.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select author_id, count(*), count(*) filter (where flagged), min(received_at),
				       (array_agg(language order by received_at desc) filter (where language <> 'und'))[1]
				from moderation_decision where author_id = any(?) group by author_id""")
			.param(authors.stream().map(ContactId::value).distinct().toArray(UUID[]::new))
			.query(rs -> {
				result.put(new ContactId(rs.getObject(1, UUID.class)), new AuthorHistory(
						new AuthorFacts(rs.getInt(2), rs.getInt(3), rs.getObject(4, OffsetDateTime.class).toInstant()),
						rs.getString(5)));
			});
		return result;
	}

	/** A stored decision as the API shows it; the JSON columns stay JSON. */
	record StoredDecision(MessageId message, UnitId unit, String platform, String language, double languageConfidence,
			@Nullable String intent, double sentiment, JsonNode labels, JsonNode analysisReasons, JsonNode pii,
			JsonNode matches, JsonNode actions, JsonNode problems, Instant decidedAt) {
	}

	Optional<StoredDecision> find(MessageId message) {
		return jdbc.sql("select * from moderation_decision where message_id = ?")
			.param(message.value())
			.query((rs, n) -> new StoredDecision(message, new UnitId(rs.getObject("unit_id", UUID.class)),
					rs.getString("platform"), rs.getString("language"), rs.getDouble("language_confidence"),
					rs.getString("intent"), rs.getDouble("sentiment"), json(rs.getString("labels")),
					json(rs.getString("analysis_reasons")), json(rs.getString("pii")), json(rs.getString("matches")),
					json(rs.getString("actions")), json(rs.getString("problems")),
					rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private static JsonNode json(String text) {
		return RuleJson.MAPPER.readTree(text);
	}

	/** Where a page of past decisions ended. */
	record Cursor(Instant receivedAt, MessageId message) {
	}

	/** A past decision with what analysis found, to evaluate a draft policy on again. */
	record PastDecision(MessageId message, UnitId unit, String language, double languageConfidence,
			@Nullable String intent, double sentiment, Map<String, Double> labels, Instant receivedAt) {

		MessageFacts facts(ReceivedMessage message, List<UnitId> path, ZoneId zone) {
			return new MessageFacts(message.id().value(), path.isEmpty() ? List.of(unit) : path,
					message.channel().value(), message.platform(), language, languageConfidence, intent, sentiment, labels,
					message.text(), AuthorFacts.unknown(), receivedAt, zone);
		}
	}

	long countSince(Collection<UnitId> units, Instant since) {
		return jdbc.sql("select count(*) from moderation_decision where unit_id = any(?) and received_at >= ?")
			.params(ids(units), java.sql.Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** Decisions on messages received in {@code units} since then, oldest first, after {@code cursor}. */
	List<PastDecision> since(Collection<UnitId> units, Instant since, @Nullable Cursor cursor, int limit) {
		Instant after = cursor == null ? since.minusNanos(1000) : cursor.receivedAt();
		UUID afterId = cursor == null ? new UUID(0, 0) : cursor.message().value();
		return jdbc.sql("""
				select message_id, unit_id, language, language_confidence, intent, sentiment, labels, received_at
				from moderation_decision where unit_id = any(?) and received_at >= ? and (received_at, message_id) > (?, ?)
				order by received_at, message_id limit ?""")
			.params(ids(units), java.sql.Timestamp.from(since), java.sql.Timestamp.from(after), afterId, limit)
			.query((rs, n) -> new PastDecision(new MessageId(rs.getObject(1, UUID.class)),
					new UnitId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getDouble(4), rs.getString(5),
					rs.getDouble(6), RuleJson.MAPPER.readValue(rs.getString(7), new tools.jackson.core.type.TypeReference<Map<String, Double>>() {
					}), rs.getObject(8, OffsetDateTime.class).toInstant()))
			.list();
	}

	private static UUID[] ids(Collection<UnitId> units) {
		return units.stream().map(UnitId::value).toArray(UUID[]::new);
	}

	/** Stores the decisions and returns the ids of the messages that had none yet. */
	Set<MessageId> store(List<Moderated> batch) {
		if (batch.isEmpty()) {
			return Set.of();
		}
		List<UUID> inserted = jdbc.sql("""
				insert into moderation_decision (message_id, conversation_id, channel_id, unit_id, author_id, platform,
				    language, language_confidence, intent, sentiment, labels, analysis_reasons, pii, matches, actions,
				    problems, flagged, received_at)
				select t.m, t.c, t.ch, t.u, t.a, t.p, t.l, t.lc, t.i, t.s, t.lb::jsonb, t.ar::jsonb, t.pii::jsonb,
				       t.mt::jsonb, t.ac::jsonb, t.pr::jsonb, t.f, t.r
				from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::float8[],
				            ?::text[], ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				            ?::boolean[], ?::timestamptz[])
				     as t(m, c, ch, u, a, p, l, lc, i, s, lb, ar, pii, mt, ac, pr, f, r)
				on conflict (message_id) do nothing
				returning message_id""")
			.params(List.of(column(batch, m -> m.message().id().value(), UUID[]::new),
					column(batch, m -> m.message().conversation().value(), UUID[]::new),
					column(batch, m -> m.message().channel().value(), UUID[]::new),
					column(batch, m -> m.message().unit().value(), UUID[]::new),
					column(batch, m -> m.message().author().value(), UUID[]::new),
					column(batch, m -> m.message().platform(), String[]::new),
					column(batch, m -> m.analysis().language(), String[]::new),
					column(batch, m -> m.analysis().languageConfidence(), Double[]::new),
					column(batch, m -> m.analysis().intent(), String[]::new),
					column(batch, m -> m.analysis().sentiment(), Double[]::new),
					column(batch, m -> RuleJson.write(m.analysis().labels()), String[]::new),
					column(batch, m -> RuleJson.write(m.analysisReasons()), String[]::new),
					column(batch, m -> RuleJson.write(m.analysis().pii()), String[]::new),
					column(batch, m -> RuleJson.write(m.decision().matches()), String[]::new),
					column(batch, m -> RuleJson.write(m.actions()), String[]::new),
					column(batch, m -> RuleJson.write(m.decision().problems()), String[]::new),
					column(batch, Moderated::flagged, Boolean[]::new),
					column(batch, m -> java.sql.Timestamp.from(m.message().createdAt()), java.sql.Timestamp[]::new)))
			.query(UUID.class)
			.list();
		Set<MessageId> result = new HashSet<>();
		inserted.forEach(id -> result.add(new MessageId(id)));
		return result;
	}

	private static <T> T[] column(List<Moderated> batch, Function<Moderated, T> value, IntFunction<T[]> array) {
		T[] result = array.apply(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			result[i] = value.apply(batch.get(i));
		}
		return result;
	}
}
