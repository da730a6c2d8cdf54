package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored message as the pipeline (analysis, moderation, routing) needs it: with its conversation,
 * channel, unit, platform and author, the conversation's language so far (null while undetermined), and
 * the platform's ids of the message and of its thread (what a connector needs to hide, delete or answer it).
 */
public record ReceivedMessage(MessageId id, ConversationId conversation, ChannelId channel, UnitId unit,
		String platform, InboundItem.Kind kind, InboundItem.Direction direction, ContactId author, String text,
		Instant createdAt, @Nullable String conversationLanguage, String externalId, String threadExternalId) {
}
