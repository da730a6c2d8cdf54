package io.dandelion.routing;

import java.util.Objects;
import java.util.UUID;

/** Identifies one work queue. */
public record QueueId(UUID value) {

	public QueueId {
		Objects.requireNonNull(value, "queue id");
	}

	public static QueueId random() {
		return new QueueId(UUID.randomUUID());
	}

	/** Parses a textual id, throwing {@link IllegalArgumentException} with a clear message when it is not a UUID. */
	public static QueueId of(String text) {
		try {
			return new QueueId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid queue id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
