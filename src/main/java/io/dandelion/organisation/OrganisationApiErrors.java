package io.dandelion.organisation;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the organisation API reports refusals: bad input 400; a subject that does not exist or lies in units
 * the caller does not manage 404 (alike, so that nothing leaks); a visible subject the caller's roles do not
 * allow this change on 403; a change the database refuses (e.g. a team still referenced elsewhere) 409.
 */
@RestControllerAdvice(assignableTypes = { UnitsApi.class, TeamsApi.class, MembersApi.class, AgenciesApi.class })
class OrganisationApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"the change conflicts with data that refers to it or with a concurrent change");
	}
}
