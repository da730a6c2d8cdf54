package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import java.util.List;

/**
 * A batch of messages from one channel was stored; published once per batch, in the batch's
 * transaction, with the ids of the new messages only (never of duplicates). The pipeline (analysis,
 * moderation, routing) picks them up as a batch.
 */
public record MessagesReceived(ChannelId channel, UnitId unit, List<MessageId> messages) {

	public MessagesReceived {
		messages = List.copyOf(messages);
	}
}
