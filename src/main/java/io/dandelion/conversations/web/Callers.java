package io.dandelion.conversations.web;

import io.dandelion.conversations.ConversationFilter;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
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
		return ConversationFilter.parse(unit, channel, status, language);
	}

	static ConversationStatus status(String text) {
		return ConversationStatus.parse(text);
	}
}
