package io.dandelion.channels.platforms;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A platform call that failed, why, and (when rate-limited) when the platform allows the next call. */
public class PlatformException extends RuntimeException {

	/** Why the call failed, as far as the poller and the user need to know. */
	public enum Reason {
		/** The token was refused even after renewal: the account must be connected again. */
		UNAUTHORISED,
		/** Too many calls: back off until {@link #retryAt()}. */
		RATE_LIMITED,
		/** The item does not exist (any more). */
		NOT_FOUND,
		/** The platform refused the request (bad input, no permission). */
		REJECTED,
		/** The platform failed (5xx) or could not be reached: retry later. */
		UNAVAILABLE,
		/** The platform answered something we cannot read. */
		MALFORMED
	}

	private final Reason reason;

	private final int status;

	private final @Nullable Instant retryAt;

	public PlatformException(Reason reason, int status, String message, @Nullable Instant retryAt) {
		super(message);
		this.reason = reason;
		this.status = status;
		this.retryAt = retryAt;
	}

	public Reason reason() {
		return reason;
	}

	/** The HTTP status, or 0 when there was no answer. */
	public int status() {
		return status;
	}

	public @Nullable Instant retryAt() {
		return retryAt;
	}
}
