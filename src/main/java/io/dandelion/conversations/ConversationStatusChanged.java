package io.dandelion.conversations;

import io.dandelion.organisation.UnitId;
import java.time.Instant;

/**
 * A person moved a conversation between open, pending and resolved; published in the transaction that
 * stored the move (for analytics' resolution times). A new inbound message that reopens a resolved
 * conversation is not announced here: {@link MessagesReceived} already tells it.
 */
public record ConversationStatusChanged(ConversationId conversation, UnitId unit, ConversationStatus from,
		ConversationStatus to, String actor, Instant at) {
}
