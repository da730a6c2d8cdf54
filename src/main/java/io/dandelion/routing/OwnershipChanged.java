package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A person moved a conversation: took it over, handed it to a colleague or a team, or escalated it to
 * the customer's country helpers, the hub or a named team, with their note or reason.
 */
public record OwnershipChanged(ConversationId conversation, UnitId unit, Change change, String actor, QueueId queue,
		@Nullable MemberId from, @Nullable MemberId to, @Nullable String note) {

	/** What the person did. */
	public enum Change {
		TAKEN, HANDED_OFF, ESCALATED
	}
}
