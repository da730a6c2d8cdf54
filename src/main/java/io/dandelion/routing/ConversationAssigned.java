package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;

/** A conversation was given to an agent: pulled by them, given by auto-assignment, taken or handed to them. */
public record ConversationAssigned(ConversationId conversation, UnitId unit, QueueId queue, MemberId agent, How how) {

	/** How the agent came to hold the conversation. */
	public enum How {
		PULLED, AUTO, TAKEN, HANDED_OFF, ESCALATED
	}
}
