package io.dandelion.conversations;

import java.util.Objects;
import java.util.UUID;

/** Identifies one customer. */
public record CustomerId(UUID value) {

	public CustomerId {
		Objects.requireNonNull(value, "customer id");
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static CustomerId of(String text) {
		try {
			return new CustomerId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid customer id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
