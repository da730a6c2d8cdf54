package io.dandelion.workspace.conversation;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.AccessScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hides, unhides or deletes one message on its platform, through the channel's connector, and keeps a
 * record of who did what (shown in the thread, and in the audit trail).
 */
@Component
class MessageActions {

	private final Work work;
	private final Replies replies;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	MessageActions(Work work, Replies replies, JdbcClient jdbc, AuditLog audit) {
		this.work = work;
		this.replies = replies;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	void apply(AccessScope scope, ConversationId id, MessageId messageId, MessageAction.Kind action) {
		var thread = work.workable(scope, id);
		var message = thread.messages()
			.stream()
			.filter(m -> m.id().equals(messageId))
			.findFirst()
			.orElseThrow(() -> WorkRefused.unknown("message " + messageId + " in this conversation"));
		var channel = thread.conversation().channel();
		try {
			switch (action) {
				case HIDE -> replies.connector().hide(channel, message.externalId());
				case UNHIDE -> replies.connector().unhide(channel, message.externalId());
				case DELETE -> replies.connector().delete(channel, message.externalId());
			}
		}
		catch (ChannelActionException e) {
			throw ChannelUnavailable.because(e);
		}
		jdbc.sql("""
				insert into workspace_message_action (id, message_id, conversation_id, action, actor)
				values (?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), messageId.value(), id.value(), action.name(), scope.actor())
			.update();
		audit.record(new AuditEntry(scope.actor(), "message." + action.name().toLowerCase(),
				thread.conversation().unit(), "message", messageId.toString(), null,
				Map.of("platform", thread.conversation().platform(), "external_id", message.externalId())));
		work.announce(thread.conversation());
	}

	/** What was done to the messages of a conversation, oldest first. */
	List<MessageAction> history(ConversationId id) {
		return jdbc.sql("""
				select message_id, action, actor, at from workspace_message_action
				where conversation_id = ? order by at, id""")
			.param(id.value())
			.query((rs, n) -> new MessageAction(new MessageId(rs.getObject(1, UUID.class)), MessageAction.Kind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}
}
