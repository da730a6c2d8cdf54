package io.dandelion.workspace.conversation;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tags on conversations: short lower-case words (e.g. {@code billing}, {@code outage-lyon}); audited. */
@Component
class Tags {

	private final Work work;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	Tags(Work work, JdbcClient jdbc, AuditLog audit) {
		this.work = work;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<String> of(ConversationId id) {
		return jdbc.sql("select tag from workspace_tag where conversation_id = ? order by tag")
			.param(id.value())
			.query(String.class)
			.list();
	}

	@Transactional
	void add(AccessScope scope, ConversationId id, String tag) {
		String clean = tag.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
		if (!clean.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException("a tag is 1 to 40 letters, digits or dashes, not " + tag);
		}
		var conversation = work.workable(scope, id).conversation();
		if (jdbc.sql("insert into workspace_tag (conversation_id, tag, added_by) values (?, ?, ?) on conflict do nothing")
			.params(id.value(), clean, scope.actor())
			.update() > 0) {
			audit.record(new AuditEntry(scope.actor(), "conversation.tagged", conversation.unit(), "conversation",
					id.toString(), null, Map.of("tag", clean)));
			work.announce(conversation);
		}
	}

	@Transactional
	void remove(AccessScope scope, ConversationId id, String tag) {
		var conversation = work.workable(scope, id).conversation();
		if (jdbc.sql("delete from workspace_tag where conversation_id = ? and tag = ?").params(id.value(), tag).update() > 0) {
			audit.record(new AuditEntry(scope.actor(), "conversation.untagged", conversation.unit(), "conversation",
					id.toString(), Map.of("tag", tag), null));
			work.announce(conversation);
		}
	}
}
