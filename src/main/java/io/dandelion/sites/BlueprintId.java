package io.dandelion.sites;

import java.util.Objects;
import java.util.UUID;

/** Identifies one blueprint. */
public record BlueprintId(UUID value) {

	public BlueprintId {
		Objects.requireNonNull(value, "blueprint id");
	}

	public static BlueprintId random() {
		return new BlueprintId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static BlueprintId of(String text) {
		try {
			return new BlueprintId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid blueprint id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
