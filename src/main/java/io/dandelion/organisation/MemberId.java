package io.dandelion.organisation;

import java.util.UUID;

/** Identifies one member. */
public record MemberId(UUID value) {

	public MemberId {
		java.util.Objects.requireNonNull(value, "member id");
	}

	public static MemberId random() {
		return new MemberId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static MemberId of(String text) {
		try {
			return new MemberId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid member id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
