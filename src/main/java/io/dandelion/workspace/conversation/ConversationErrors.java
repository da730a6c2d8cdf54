package io.dandelion.workspace.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A conversation (or reply, message) outside the caller's scope 404, beyond their role 403, bad input 400. */
@ControllerAdvice(assignableTypes = { WorkPages.class, SavedRepliesApi.class, MentionsPage.class, SavedRepliesPage.class,
		ApprovalsPage.class, ApprovalRulesApi.class, ApprovalRulesPage.class })
class ConversationErrors {

	@ExceptionHandler(WorkRefused.class)
	ProblemDetail refused(WorkRefused e) {
		return ProblemDetail.forStatusAndDetail(e.visible() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND,
				e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(ChannelUnavailable.class)
	ProblemDetail unavailable(ChannelUnavailable e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
	}
}
