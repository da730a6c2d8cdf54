package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import java.util.List;

/**
 * Conversations were given to agents: pulled by them, given by auto-assignment (one event per run),
 * taken over, handed to them; published in the transaction that recorded it.
 */
public record ConversationsAssigned(List<Assignment> assignments) {

	public ConversationsAssigned {
		assignments = List.copyOf(assignments);
	}

	/** One conversation and the agent who holds it now. */
	public record Assignment(ConversationId conversation, UnitId unit, QueueId queue, MemberId agent, How how) {
	}

	/** How the agent came to hold the conversation. */
	public enum How {
		PULLED, AUTO, TAKEN, HANDED_OFF
	}
}
