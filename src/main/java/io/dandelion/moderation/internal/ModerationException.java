package io.dandelion.moderation.internal;

import org.springframework.http.HttpStatus;

/**
 * A refusal with its HTTP status: 404 for what does not exist or lies outside the caller's scope
 * (alike, so nothing leaks), 403 for what the caller may see but not change, 409 for a concurrent change.
 */
final class ModerationException extends RuntimeException {

	private final HttpStatus status;

	private ModerationException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	static ModerationException notFound(String message) {
		return new ModerationException(HttpStatus.NOT_FOUND, message);
	}

	static ModerationException forbidden(String message) {
		return new ModerationException(HttpStatus.FORBIDDEN, message);
	}

	static ModerationException conflict(String message) {
		return new ModerationException(HttpStatus.CONFLICT, message);
	}

	HttpStatus status() {
		return status;
	}
}
