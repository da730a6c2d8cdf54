package io.dandelion.sites;

import java.util.Objects;
import java.util.UUID;

/** Identifies one site. */
public record SiteId(UUID value) {

	public SiteId {
		Objects.requireNonNull(value, "site id");
	}

	public static SiteId random() {
		return new SiteId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static SiteId of(String text) {
		try {
			return new SiteId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid site id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
