package io.dandelion.channels.bluesky;

import io.dandelion.channels.platforms.PlatformException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An XRPC call that failed: the HTTP status, the protocol's error name (e.g. {@code ExpiredToken},
 * {@code RecordNotFound}) and, when the server rate-limited us, when we may try again. It is a
 * {@link PlatformException} whose reason the poller and the channel actions act on.
 */
public class XrpcException extends PlatformException {

	private final @Nullable String error;

	XrpcException(String method, int status, @Nullable String error, @Nullable String message,
			@Nullable Instant retryAt) {
		super(reason(status, error), status, method + " failed with HTTP " + status + (error == null ? "" : " " + error)
				+ (message == null ? "" : ": " + message), retryAt);
		this.error = error;
	}

	public @Nullable String error() {
		return error;
	}

	boolean isExpiredSession() {
		return expiredSession(status(), error);
	}

	boolean isNotFound() {
		return notFound(error);
	}

	private static Reason reason(int status, @Nullable String error) {
		if (status == 429) {
			return Reason.RATE_LIMITED;
		}
		if (expiredSession(status, error) || status == 403) {
			return Reason.UNAUTHORISED;
		}
		if (notFound(error)) {
			return Reason.NOT_FOUND;
		}
		if (status >= 500 || status == 0) {
			return Reason.UNAVAILABLE;
		}
		if (status / 100 == 2 && "MalformedResponse".equals(error)) {
			return Reason.MALFORMED;
		}
		return Reason.REJECTED;
	}

	private static boolean expiredSession(int status, @Nullable String error) {
		return status == 401 || "ExpiredToken".equals(error) || "InvalidToken".equals(error);
	}

	private static boolean notFound(@Nullable String error) {
		return "RecordNotFound".equals(error) || "NotFound".equals(error);
	}
}
