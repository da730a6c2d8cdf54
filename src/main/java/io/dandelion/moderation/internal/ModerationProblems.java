package io.dandelion.moderation.internal;

import io.dandelion.moderation.PolicyCascade;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the moderation API as problem details with the right status and an {@code error}
 * sentence: bad input 400, a locked rule 403, outside the caller's scope 404, a concurrent change 409.
 */
@RestControllerAdvice(basePackageClasses = ModerationProblems.class)
class ModerationProblems {

	@ExceptionHandler(ModerationException.class)
	ResponseEntity<ProblemDetail> refused(ModerationException e) {
		return problem(e.status(), e.getMessage());
	}

	@ExceptionHandler(PolicyCascade.LockedRuleException.class)
	ResponseEntity<ProblemDetail> locked(PolicyCascade.LockedRuleException e) {
		return problem(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("error", message);
		return ResponseEntity.status(status).body(problem);
	}
}
