package io.dandelion.conversations;

import java.util.Objects;
import java.util.UUID;

/** Identifies one message. */
public record MessageId(UUID value) {

	public MessageId {
		Objects.requireNonNull(value, "message id");
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static MessageId of(String text) {
		try {
			return new MessageId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid message id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
