package io.dandelion.routing.internal;

import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer messages for routing tests: stored as the conversations module stores them, then handed to
 * routing as moderation would, in a committed transaction.
 */
@Component
class Traffic {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	Traffic(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
	}

	/** A new conversation with one inbound message on a channel of {@code unit}. */
	Message message(UnitId unit, String platform, String text, Instant at) {
		return message(new ChannelId(UUID.nameUUIDFromBytes((unit + platform).getBytes())), unit, platform, text, at);
	}

	/** A new conversation with one inbound message on {@code channel} of {@code unit}. */
	Message message(ChannelId channel, UnitId unit, String platform, String text, Instant at) {
		var conversation = new ConversationId(UUID.randomUUID());
		jdbc.sql("""
				insert into conversation (id, channel_id, unit_id, platform, kind, root_external_id, started_at,
				                          last_message_at, message_count, inbound_count)
				values (?, ?, ?, ?, 'COMMENT_THREAD', ?, ?, ?, 1, 1)""")
			.params(conversation.value(), channel.value(), unit.value(), platform, "post-" + conversation,
					java.sql.Timestamp.from(at), java.sql.Timestamp.from(at))
			.update();
		return reply(new Message(new MessageId(UUID.randomUUID()), conversation, channel, unit), text, at);
	}

	/** Another inbound message in the conversation of {@code earlier}. */
	Message reply(Message earlier, String text, Instant at) {
		var message = new MessageId(UUID.randomUUID());
		jdbc.sql("""
				insert into message (id, conversation_id, channel_id, external_id, direction, kind, contact_id, body,
				                     created_at)
				values (?, ?, ?, ?, 'INBOUND', 'COMMENT', ?, ?, ?)""")
			.params(message.value(), earlier.conversation().value(), earlier.channel().value(), "m-" + message,
					UUID.randomUUID(), text, java.sql.Timestamp.from(at))
			.update();
		return new Message(message, earlier.conversation(), earlier.channel(), earlier.unit());
	}

	/** Publishes what moderation would for these messages, in a transaction of its own. */
	void moderated(UnitId unit, ChannelId channel, List<ModeratedMessage> messages) {
		transactions.executeWithoutResult(status -> events.publishEvent(new MessagesModerated(channel, unit, messages)));
	}

	/** A stored message. */
	record Message(MessageId id, ConversationId conversation, ChannelId channel, UnitId unit) {

		/** As moderation reports it: a message that needs an answer. */
		ModeratedMessage needingAnswer(String language, @Nullable String intent, int priority,
				@Nullable String routeTo) {
			return new ModeratedMessage(id, conversation, language, intent, 0.0, priority, routeTo, List.of(), false,
					false, true);
		}

		ModeratedMessage notNeedingAnswer(String language) {
			return new ModeratedMessage(id, conversation, language, "chatter", 0.0, 5, null, List.of(), false, false,
					false);
		}
	}
}
