package io.dandelion.moderation.internal;

import io.dandelion.conversations.ContactId;
import io.dandelion.conversations.MessageId;
import io.dandelion.moderation.MessageFacts.AuthorFacts;
import java.time.OffsetDateTime;
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
					column(batch, m -> RuleJson.write(m.analysis().reasons()), String[]::new),
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
