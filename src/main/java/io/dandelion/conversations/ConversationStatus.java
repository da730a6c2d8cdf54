package io.dandelion.conversations;

/** Where a conversation stands; a new inbound message reopens a resolved one. */
public enum ConversationStatus {
	/** Waiting for the organisation. */
	OPEN,
	/** Waiting for the customer or a third party. */
	PENDING,
	/** Done, until the customer writes again. */
	RESOLVED;

	/** Whether a person may move a conversation from this status to {@code next}. */
	public boolean canMoveTo(ConversationStatus next) {
		return this != next && !(this == RESOLVED && next == PENDING);
	}
}
