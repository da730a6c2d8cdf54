package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Narrows a conversation list; a null field does not narrow. The caller's scope always applies on top. */
public record ConversationFilter(@Nullable UnitId unit, @Nullable ChannelId channel, @Nullable ConversationStatus status,
		@Nullable String language) {

	public static ConversationFilter none() {
		return new ConversationFilter(null, null, null, null);
	}

	/**
	 * A filter from request parameters, blank meaning "any"; throws {@link IllegalArgumentException} with a
	 * clear message for an id or status that does not parse.
	 */
	public static ConversationFilter parse(@Nullable String unit, @Nullable String channel, @Nullable String status,
			@Nullable String language) {
		return new ConversationFilter(blank(unit) ? null : UnitId.of(unit.trim()),
				blank(channel) ? null : ChannelId.of(channel.trim()),
				blank(status) ? null : ConversationStatus.parse(status),
				blank(language) ? null : language.trim().toLowerCase(Locale.ROOT));
	}

	/** This filter with another status (null for any). */
	public ConversationFilter withStatus(@Nullable ConversationStatus other) {
		return new ConversationFilter(unit, channel, other, language);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
