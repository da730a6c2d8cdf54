package io.dandelion.workspace.conversation;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved replies: defined on a unit by people who run its accounts ({@code CHANNELS_MANAGE}), offered in
 * every conversation of that unit's subtree. Creating and deleting are audited.
 */
@Component
class SavedReplies {

	private final JdbcClient jdbc;
	private final Units units;
	private final AuditLog audit;

	SavedReplies(JdbcClient jdbc, Units units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/** The replies offered in a conversation of {@code unit}: those of the unit and of every unit above it. */
	List<SavedReply> usableIn(UnitId unit) {
		var path = new java.util.LinkedHashSet<UnitId>();
		units.path(unit).forEach(summary -> path.add(summary.id()));
		path.add(unit);
		return load(path);
	}

	/** The replies defined on units the caller may read conversations of. */
	List<SavedReply> visibleTo(AccessScope scope) {
		return load(scope.units(Permission.CONVERSATIONS_READ));
	}

	Optional<SavedReply> usableIn(UnitId unit, UUID id) {
		return usableIn(unit).stream().filter(reply -> reply.id().equals(id)).findFirst();
	}

	@Transactional
	SavedReply create(AccessScope scope, UnitId unit, String name, Map<String, String> variants) {
		if (!scope.can(Permission.CONVERSATIONS_READ, unit) && !scope.can(Permission.CHANNELS_MANAGE, unit)) {
			throw WorkRefused.unknown("unit " + unit);
		}
		if (!scope.can(Permission.CHANNELS_MANAGE, unit)) {
			throw WorkRefused.notAllowed("saved replies are written by people who run the unit's accounts");
		}
		String trimmed = name(name);
		Map<String, String> texts = texts(variants);
		var reply = new SavedReply(UUID.randomUUID(), unit, trimmed, texts);
		if (jdbc.sql("insert into saved_reply (id, unit_id, name, created_by) values (?, ?, ?, ?) on conflict do nothing")
			.params(reply.id(), unit.value(), trimmed, scope.actor())
			.update() == 0) {
			throw new IllegalArgumentException("this unit already has a saved reply named " + trimmed);
		}
		insertVariants(reply.id(), texts);
		audit.record(new AuditEntry(scope.actor(), "workspace.saved-reply-created", unit, "saved_reply",
				reply.id().toString(), null, Map.of("name", trimmed, "languages", List.copyOf(texts.keySet()))));
		return reply;
	}

	/** Renames the reply and replaces its variants (a language left out is removed); audited with before and after. */
	@Transactional
	SavedReply update(AccessScope scope, UUID id, String name, Map<String, String> variants) {
		SavedReply before = writable(scope, id);
		String trimmed = name(name);
		Map<String, String> texts = texts(variants);
		if (jdbc.sql("""
				update saved_reply set name = ? where id = ?
				and not exists (select 1 from saved_reply o where o.unit_id = ? and o.name = ? and o.id <> ?)""")
			.params(trimmed, id, before.unit().value(), trimmed, id)
			.update() == 0) {
			throw new IllegalArgumentException("this unit already has a saved reply named " + trimmed);
		}
		jdbc.sql("delete from saved_reply_variant where reply_id = ?").param(id).update();
		insertVariants(id, texts);
		var after = new SavedReply(id, before.unit(), trimmed, texts);
		audit.record(new AuditEntry(scope.actor(), "workspace.saved-reply-updated", before.unit(), "saved_reply",
				id.toString(), Map.of("name", before.name(), "variants", before.variants()),
				Map.of("name", trimmed, "variants", texts)));
		return after;
	}

	/** The reply, if the caller may change it: 404 when they cannot see it, 403 when they do not run its unit. */
	SavedReply writable(AccessScope scope, UUID id) {
		SavedReply reply = visibleTo(scope).stream()
			.filter(r -> r.id().equals(id))
			.findFirst()
			.orElseThrow(() -> WorkRefused.unknown("saved reply " + id));
		if (!scope.can(Permission.CHANNELS_MANAGE, reply.unit())) {
			throw WorkRefused.notAllowed("saved replies are changed by people who run the unit's accounts");
		}
		return reply;
	}

	@Transactional
	void delete(AccessScope scope, UUID id) {
		SavedReply reply = writable(scope, id);
		jdbc.sql("delete from saved_reply where id = ?").param(id).update();
		audit.record(new AuditEntry(scope.actor(), "workspace.saved-reply-deleted", reply.unit(), "saved_reply",
				id.toString(), Map.of("name", reply.name()), null));
	}

	private void insertVariants(UUID reply, Map<String, String> texts) {
		texts.forEach((language, body) -> jdbc
			.sql("insert into saved_reply_variant (reply_id, language, body) values (?, ?, ?)")
			.params(reply, language, body)
			.update());
	}

	private static String name(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 80) {
			throw new IllegalArgumentException("a saved reply needs a name of 1 to 80 characters");
		}
		return trimmed;
	}

	private static Map<String, String> texts(Map<String, String> variants) {
		Map<String, String> texts = new LinkedHashMap<>();
		variants.forEach((language, body) -> {
			if (!language.matches("[a-z]{2}")) {
				throw new IllegalArgumentException("languages are ISO 639-1 codes like fr, not " + language);
			}
			if (body.isBlank() || body.length() > 10_000) {
				throw new IllegalArgumentException("the " + language + " text must have 1 to 10000 characters");
			}
			texts.put(language.toLowerCase(Locale.ROOT), body.strip());
		});
		if (texts.isEmpty()) {
			throw new IllegalArgumentException("a saved reply needs a text in at least one language");
		}
		return texts;
	}

	private List<SavedReply> load(Collection<UnitId> unitIds) {
		record Row(UUID id, UnitId unit, String name, String language, String body) {
		}
		List<Row> rows = jdbc.sql("""
				select r.id, r.unit_id, r.name, v.language, v.body from saved_reply r
				join saved_reply_variant v on v.reply_id = r.id
				where r.unit_id = any(?) order by lower(r.name), r.id, v.language""")
			.param(unitIds.stream().map(UnitId::value).toArray(UUID[]::new))
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), new UnitId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		Map<UUID, List<Row>> byReply = new LinkedHashMap<>();
		rows.forEach(row -> byReply.computeIfAbsent(row.id(), id -> new java.util.ArrayList<>()).add(row));
		return byReply.values().stream().map(variants -> {
			Map<String, String> texts = new LinkedHashMap<>();
			variants.forEach(row -> texts.put(row.language(), row.body()));
			Row first = variants.get(0);
			return new SavedReply(first.id(), first.unit(), first.name(), texts);
		}).toList();
	}
}
