package io.dandelion.workspace.inbox;

import io.dandelion.routing.ConversationOwnership;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Bad input 400, someone else's (or no) view or queue 404, a caller who is no member or may not take work 403. */
@ControllerAdvice(assignableTypes = { InboxPages.class, ViewsApi.class })
class InboxErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler({ SavedViews.UnknownViewException.class, ConversationOwnership.UnknownQueueException.class })
	ProblemDetail notFound(RuntimeException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler({ SavedViews.NotAMemberException.class, ConversationOwnership.NotAllowedException.class })
	ProblemDetail forbidden(RuntimeException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
	}
}
