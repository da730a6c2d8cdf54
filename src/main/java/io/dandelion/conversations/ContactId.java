package io.dandelion.conversations;

import java.util.Objects;
import java.util.UUID;

/** Identifies one contact. */
public record ContactId(UUID value) {

	public ContactId {
		Objects.requireNonNull(value, "contact id");
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static ContactId of(String text) {
		try {
			return new ContactId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid contact id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
