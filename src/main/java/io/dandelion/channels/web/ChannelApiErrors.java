package io.dandelion.channels.web;

import io.dandelion.channels.internal.ChannelForbiddenException;
import io.dandelion.channels.internal.ChannelNotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the channels API refuses: bad input 400; a channel, unit or team that does not exist or lies
 * outside the caller's scope 404 (alike); a visible channel the caller may not change 403; a
 * concurrent conflicting change 409. The message
 * is in {@code detail} and in {@code error}. Bodies are never echoed (they may hold credentials).
 */
@RestControllerAdvice(assignableTypes = { ChannelsApi.class })
class ChannelApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		return problem(HttpStatus.BAD_REQUEST, "the body is not the JSON this endpoint expects");
	}

	@ExceptionHandler(ChannelNotFoundException.class)
	ProblemDetail notFound(ChannelNotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(ChannelForbiddenException.class)
	ProblemDetail forbidden(ChannelForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException e) {
		return problem(HttpStatus.CONFLICT, "the change conflicts with a concurrent change (e.g. the same handle connected twice)");
	}

	static ProblemDetail problem(HttpStatus status, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("error", message);
		return problem;
	}
}
