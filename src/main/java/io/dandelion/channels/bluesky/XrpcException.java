package io.dandelion.channels.bluesky;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An XRPC call that failed: the HTTP status, the protocol's error name (e.g. {@code ExpiredToken},
 * {@code RecordNotFound}) and, when the server rate-limited us, when we may try again.
 */
public class XrpcException extends RuntimeException {

	private final int status;

	private final @Nullable String error;

	private final @Nullable Instant retryAt;

	XrpcException(String method, int status, @Nullable String error, @Nullable String message,
			@Nullable Instant retryAt) {
		super(method + " failed with HTTP " + status + (error == null ? "" : " " + error)
				+ (message == null ? "" : ": " + message));
		this.status = status;
		this.error = error;
		this.retryAt = retryAt;
	}

	public int status() {
		return status;
	}

	public @Nullable String error() {
		return error;
	}

	/** When a rate-limited call may be retried (from the {@code ratelimit-reset} header), else null. */
	public @Nullable Instant retryAt() {
		return retryAt;
	}

	boolean isExpiredSession() {
		return status == 401 || "ExpiredToken".equals(error) || "InvalidToken".equals(error);
	}

	boolean isNotFound() {
		return "RecordNotFound".equals(error) || "NotFound".equals(error);
	}
}
