package io.dandelion.routing;

import io.dandelion.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * What routing needs to know of a conversation: the unit its channel belongs to (the customer's
 * country), the customer's language ({@code und} or null when undetermined), the platform, the
 * intent, a queue a policy rule asked for, if any, and the team the account is lent to, if it is.
 */
public record RoutingRequest(UnitId unit, @Nullable String language, String platform, @Nullable String intent,
		@Nullable String requestedQueue, @Nullable RoutingTarget lentTo) {

	/** A conversation on an account that is not lent. */
	public RoutingRequest(UnitId unit, @Nullable String language, String platform, @Nullable String intent,
			@Nullable String requestedQueue) {
		this(unit, language, platform, intent, requestedQueue, null);
	}

	public boolean languageUndetermined() {
		return language == null || language.isBlank() || language.equals("und");
	}
}
