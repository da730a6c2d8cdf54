package io.dandelion.conversations;

import java.util.Objects;
import java.util.UUID;

/** Identifies one conversation. */
public record ConversationId(UUID value) {

	public ConversationId {
		Objects.requireNonNull(value, "conversation id");
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static ConversationId of(String text) {
		try {
			return new ConversationId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid conversation id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
