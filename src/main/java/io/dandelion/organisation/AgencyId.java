package io.dandelion.organisation;

import java.util.UUID;

/** Identifies one agency. */
public record AgencyId(UUID value) {

	public AgencyId {
		java.util.Objects.requireNonNull(value, "agency id");
	}

	public static AgencyId random() {
		return new AgencyId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static AgencyId of(String text) {
		try {
			return new AgencyId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid agency id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
