package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/** Narrows a conversation list; a null field does not narrow. The caller's scope always applies on top. */
public record ConversationFilter(@Nullable UnitId unit, @Nullable ChannelId channel, @Nullable ConversationStatus status,
		@Nullable String language) {

	public static ConversationFilter none() {
		return new ConversationFilter(null, null, null, null);
	}
}
