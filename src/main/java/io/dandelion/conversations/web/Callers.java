package io.dandelion.conversations.web;

import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationFilter;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The caller's scope, and filters parsed from request parameters with clear messages. */
@Component
class Callers {

	private final CurrentAccess access;

	Callers(CurrentAccess access) {
		this.access = access;
	}

	AccessScope scope() {
		return access.get();
	}

	static ConversationFilter filter(@Nullable String unit, @Nullable String channel, @Nullable String status,
			@Nullable String language) {
		return new ConversationFilter(blank(unit) ? null : UnitId.of(unit.trim()),
				blank(channel) ? null : ChannelId.of(channel.trim()), blank(status) ? null : status(status),
				blank(language) ? null : language.trim().toLowerCase(Locale.ROOT));
	}

	static ConversationStatus status(String text) {
		try {
			return ConversationStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"status must be one of " + Arrays.toString(ConversationStatus.values()) + ", not " + text, e);
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
