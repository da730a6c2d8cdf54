package io.dandelion.routing.web;

import io.dandelion.routing.ReplyGuard;
import io.dandelion.routing.internal.Ownership;
import io.dandelion.routing.internal.QueueWork;
import io.dandelion.routing.internal.SlaPolicies;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the routing API refuses: bad input 400; a queue, conversation, unit or policy that does not exist
 * or lies outside the caller's scope 404 (alike, so nothing leaks); beyond the caller's roles 403; a
 * second answer to a message answered already 409, naming the first. The message is in {@code detail}
 * and, for simple clients, in {@code error}.
 */
@RestControllerAdvice(assignableTypes = { QueuesApi.class, WorkApi.class, SlaPoliciesApi.class, RepliesApi.class })
class RoutingApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		return problem(HttpStatus.BAD_REQUEST, "the body is not the JSON this endpoint takes");
	}

	@ExceptionHandler({ QueueWork.UnknownQueueException.class, Ownership.UnknownConversationException.class,
			SlaPolicies.UnknownUnitException.class, ReplyGuard.UnknownConversationException.class })
	ProblemDetail notFound(RuntimeException e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler({ QueueWork.NotAllowedException.class, ReplyGuard.NotAllowedException.class })
	ProblemDetail forbidden(RuntimeException e) {
		return problem(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(ReplyGuard.AlreadyAnsweredException.class)
	ProblemDetail alreadyAnswered(ReplyGuard.AlreadyAnsweredException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage());
		problem.setProperty("latest", RepliesApi.ClaimJson.of(e.first()));
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, @Nullable String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("error", message);
		return problem;
	}
}
