package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.util.List;

/**
 * Conversations of one moderated batch were put into work queues; published once per batch, in the
 * transaction that stored the decisions, for the workspace's live view and analytics. Conversations
 * that were already waiting or being worked are not in it.
 */
public record ConversationsRouted(List<RoutedConversation> conversations) {

	public ConversationsRouted {
		conversations = List.copyOf(conversations);
	}

	/** Where one conversation went, at which step of the chain, and why. */
	public record RoutedConversation(ConversationId conversation, UnitId unit, QueueId queue, TeamId team,
			String language, int priority, RoutingDecision.Step step, String reason) {
	}
}
