package io.dandelion.sites.internal;

import java.util.Objects;
import java.util.UUID;

/** Identifies one rollout of a blueprint version. */
public record RolloutId(UUID value) {

	public RolloutId {
		Objects.requireNonNull(value, "rollout id");
	}

	static RolloutId random() {
		return new RolloutId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	static RolloutId of(String text) {
		try {
			return new RolloutId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid rollout id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
