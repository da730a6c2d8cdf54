package io.dandelion.sites.internal;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the website factory as problem details with the right status, never a 500. */
@RestControllerAdvice(basePackageClasses = SitesProblems.class)
class SitesProblems {

	@ExceptionHandler(SitesException.class)
	ResponseEntity<ProblemDetail> refused(SitesException e) {
		return ResponseEntity.status(e.status()).body(ProblemDetail.forStatusAndDetail(e.status(), e.getMessage()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, e.getMessage()));
	}
}
