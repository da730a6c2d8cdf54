package io.dandelion.routing.web;

import io.dandelion.routing.internal.Ownership;
import io.dandelion.routing.internal.QueueWork;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the routing API refuses: bad input 400; a queue or conversation that does not exist or lies
 * outside the caller's scope 404 (alike, so nothing leaks); beyond the caller's roles 403. The message
 * is in {@code detail} and, for simple clients, in {@code error}.
 */
@RestControllerAdvice(assignableTypes = { QueuesApi.class, WorkApi.class })
class RoutingApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler({ QueueWork.UnknownQueueException.class, Ownership.UnknownConversationException.class })
	ProblemDetail notFound(RuntimeException e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(QueueWork.NotAllowedException.class)
	ProblemDetail forbidden(RuntimeException e) {
		return problem(HttpStatus.FORBIDDEN, e.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, @org.jspecify.annotations.Nullable String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("error", message);
		return problem;
	}
}
