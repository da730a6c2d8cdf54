package io.dandelion.channels;

import java.util.Objects;
import java.util.UUID;

/** Identifies one connected account (a channel). */
public record ChannelId(UUID value) {

	public ChannelId {
		Objects.requireNonNull(value, "channel id");
	}

	public static ChannelId random() {
		return new ChannelId(UUID.randomUUID());
	}

	public static ChannelId of(String text) {
		try {
			return new ChannelId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid channel id: " + text, e);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
