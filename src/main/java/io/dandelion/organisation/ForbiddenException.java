package io.dandelion.organisation;

/** The caller can see the subject but this change needs more than their roles give (HTTP 403). */
class ForbiddenException extends RuntimeException {

	ForbiddenException(String message) {
		super(message);
	}
}
