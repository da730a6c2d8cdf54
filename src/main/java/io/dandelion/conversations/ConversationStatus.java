package io.dandelion.conversations;

/** Where a conversation stands; a new inbound message reopens a resolved one. */
public enum ConversationStatus {
	OPEN, PENDING, RESOLVED
}
