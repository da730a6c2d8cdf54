package io.dandelion.sites.internal;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Why a request to the website factory was refused; each kind maps to one HTTP status. */
abstract class SitesException extends RuntimeException {

	SitesException(String message) {
		super(message);
	}

	abstract HttpStatus status();

	/** Missing, or outside the caller's scope: reported alike so nobody learns what other units have. */
	static final class NotFound extends SitesException {

		NotFound(String message) {
			super(message);
		}

		@Override
		HttpStatus status() {
			return HttpStatus.NOT_FOUND;
		}
	}

	/** Visible, but this change needs more than the caller's roles give (or is the hub's alone). */
	static final class Forbidden extends SitesException {

		Forbidden(String message) {
			super(message);
		}

		@Override
		HttpStatus status() {
			return HttpStatus.FORBIDDEN;
		}
	}

	/** The input is wrong; every problem is listed. */
	static final class Invalid extends SitesException {

		private final List<String> problems;

		Invalid(List<String> problems) {
			super(String.join("; ", problems));
			this.problems = List.copyOf(problems);
		}

		Invalid(String problem) {
			this(List.of(problem));
		}

		List<String> problems() {
			return problems;
		}

		@Override
		HttpStatus status() {
			return HttpStatus.BAD_REQUEST;
		}
	}

	/** The request clashes with the current state (a taken host, a blocking compliance finding). */
	static final class Conflict extends SitesException {

		Conflict(String message) {
			super(message);
		}

		@Override
		HttpStatus status() {
			return HttpStatus.CONFLICT;
		}
	}
}
