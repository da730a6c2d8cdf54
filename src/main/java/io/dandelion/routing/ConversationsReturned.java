package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import java.util.List;

/** Conversations went back to their queues because the agents holding them were away too long; one event per run. */
public record ConversationsReturned(List<Returned> conversations) {

	public ConversationsReturned {
		conversations = List.copyOf(conversations);
	}

	/** A conversation, its queue, and the absent agent who held it. */
	public record Returned(ConversationId conversation, QueueId queue, MemberId from) {
	}
}
