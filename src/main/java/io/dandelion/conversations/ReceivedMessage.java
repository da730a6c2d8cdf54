package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored message as the pipeline (analysis, moderation, routing) needs it: with its conversation,
 * channel, unit, platform and author, and the conversation's language so far (null while undetermined).
 */
public record ReceivedMessage(MessageId id, ConversationId conversation, ChannelId channel, UnitId unit,
		String platform, InboundItem.Kind kind, InboundItem.Direction direction, ContactId author, String text,
		Instant createdAt, @Nullable String conversationLanguage) {
}
