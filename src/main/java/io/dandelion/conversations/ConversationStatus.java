package io.dandelion.conversations;

import java.util.Arrays;
import java.util.Locale;

/** Where a conversation stands; a new inbound message reopens a resolved one. */
public enum ConversationStatus {
	/** Waiting for the organisation. */
	OPEN,
	/** Waiting for the customer or a third party. */
	PENDING,
	/** Done, until the customer writes again. */
	RESOLVED;

	/** The status named by {@code text} (any case); {@link IllegalArgumentException} with the choices otherwise. */
	public static ConversationStatus parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"status must be one of " + Arrays.toString(values()) + ", not " + text, e);
		}
	}

	/** Whether a person may move a conversation from this status to {@code next}. */
	public boolean canMoveTo(ConversationStatus next) {
		return this != next && !(this == RESOLVED && next == PENDING);
	}
}
