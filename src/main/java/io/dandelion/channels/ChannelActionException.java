package io.dandelion.channels;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An action on a channel's account failed; {@link #reason()} says whether and when to try again. */
public class ChannelActionException extends RuntimeException {

	private final Reason reason;

	private final @Nullable Instant retryAt;

	public ChannelActionException(Reason reason, String message, @Nullable Instant retryAt, @Nullable Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.retryAt = retryAt;
	}

	public Reason reason() {
		return reason;
	}

	/** When the platform allows the next call, for {@link Reason#RATE_LIMITED}. */
	public @Nullable Instant retryAt() {
		return retryAt;
	}

	/** Why an action failed. */
	public enum Reason {
		/** The platform cannot do this at all. */
		UNSUPPORTED,
		/** The account must be reconnected. */
		UNAUTHORISED,
		/** Try again at {@link #retryAt()}. */
		RATE_LIMITED,
		/** The item was deleted on the platform. */
		GONE,
		/** The platform refused the request (too long, not allowed). */
		REJECTED,
		/** The platform could not be reached or failed; try again later. */
		UNAVAILABLE
	}
}
