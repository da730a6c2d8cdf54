package io.dandelion.organisation;

import java.util.UUID;

/** Identifies one unit. */
public record UnitId(UUID value) {

	public UnitId {
		java.util.Objects.requireNonNull(value, "unit id");
	}

	public static UnitId random() {
		return new UnitId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static UnitId of(String text) {
		try {
			return new UnitId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid unit id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
