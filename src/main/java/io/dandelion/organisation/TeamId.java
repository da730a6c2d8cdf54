package io.dandelion.organisation;

import java.util.UUID;

/** Identifies one team. */
public record TeamId(UUID value) {

	public TeamId {
		java.util.Objects.requireNonNull(value, "team id");
	}

	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static TeamId of(String text) {
		try {
			return new TeamId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid team id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
