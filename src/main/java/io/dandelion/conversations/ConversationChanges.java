package io.dandelion.conversations;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to conversations after ingest: a person moves a conversation between open, pending and
 * resolved (checked against their scope, audited, announced by {@link ConversationStatusChanged}); analysis records the language a conversation is in.
 */
@Component
public class ConversationChanges {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	ConversationChanges(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** Moves the conversation to {@code next}; an illegal move is refused with the reason. */
	@Transactional
	public void moveTo(AccessScope scope, ConversationId id, ConversationStatus next) {
		record Current(UnitId unit, ConversationStatus status) {
		}
		var current = jdbc.sql("select unit_id, status from conversation where id = ? for update")
			.param(id.value())
			.query((rs, n) -> new Current(new UnitId(rs.getObject(1, UUID.class)),
					ConversationStatus.valueOf(rs.getString(2))))
			.optional()
			.filter(c -> scope.can(Permission.CONVERSATIONS_READ, c.unit()))
			.orElseThrow(() -> new UnknownConversationException(id));
		if (!scope.can(Permission.CONVERSATIONS_WORK, current.unit())) {
			throw new NotAllowedException("you may read this conversation but not work on it");
		}
		if (!current.status().canMoveTo(next)) {
			throw new IllegalArgumentException("a " + current.status().name().toLowerCase() + " conversation cannot become "
					+ next.name().toLowerCase());
		}
		jdbc.sql("update conversation set status = ? where id = ?").params(next.name(), id.value()).update();
		audit.record(new AuditEntry(scope.actor(), "conversation.status-changed", current.unit(), "conversation",
				id.toString(), Map.of("status", current.status().name()), Map.of("status", next.name())));
		events.publishEvent(
				new ConversationStatusChanged(id, current.unit(), current.status(), next, scope.actor(), Instant.now()));
	}

	/** Records the languages (ISO 639-1) analysis determined, one statement for a whole batch. System work. */
	public void recordLanguages(Map<ConversationId, String> languages) {
		if (languages.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update conversation c set language = l.language
				from unnest(?::uuid[], ?::text[]) as l(id, language)
				where c.id = l.id and c.language is distinct from l.language""")
			.params(languages.keySet().stream().map(ConversationId::value).toArray(UUID[]::new),
					languages.values().toArray(String[]::new))
			.update();
	}

	/** The conversation does not exist, or not for this caller. */
	public static class UnknownConversationException extends RuntimeException {

		UnknownConversationException(ConversationId id) {
			super("no conversation " + id);
		}
	}

	/** The caller may see the conversation but not change it. */
	public static class NotAllowedException extends RuntimeException {

		NotAllowedException(String message) {
			super(message);
		}
	}
}
