package io.dandelion.organisation;

/**
 * The subject does not exist, or lies outside the caller's scope: the two are reported alike so that
 * nobody learns what exists in units they cannot see (HTTP 404).
 */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}
}
