package io.dandelion.moderation.internal;

import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The texts of the automatic replies policies name. A unit uses the text nearest to it up its path, in
 * the message's language if there is one, else in the first language that has one among {@code fallbacks}.
 */
@Component
class ReplyTexts {

	private final JdbcClient jdbc;

	ReplyTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code path} runs from the group down to the unit; {@code languages} in order of preference. */
	Optional<String> find(List<UnitId> path, String name, List<String> languages) {
		if (path.isEmpty() || languages.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select t.body from moderation_reply_text t
				join unnest(?::uuid[]) with ordinality as p(unit, depth) on p.unit = t.unit_id
				join unnest(?::text[]) with ordinality as l(language, rank) on l.language = t.language
				where t.name = ? order by l.rank, p.depth desc limit 1""")
			.params(path.stream().map(UnitId::value).toArray(UUID[]::new), languages.toArray(String[]::new), name)
			.query(String.class)
			.optional();
	}

	void put(UnitId unit, String name, String language, String body) {
		jdbc.sql("""
				insert into moderation_reply_text (unit_id, name, language, body) values (?, ?, ?, ?)
				on conflict (unit_id, name, language) do update set body = excluded.body""")
			.params(unit.value(), name, language, body)
			.update();
	}
}
