package io.dandelion.analytics.web;

import io.dandelion.analytics.Reports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How report requests are refused: bad input 400, a unit the caller cannot see 404, a unit whose reports
 * the caller's roles do not include 403; each with the reason in {@code detail} and {@code error}.
 */
@RestControllerAdvice(assignableTypes = { ReportsApi.class, WorkReportsApi.class, AnalyticsPages.class, BreakdownPage.class,
		MonitoringPage.class })
class ReportsApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, e);
	}

	@ExceptionHandler(Reports.UnknownUnitException.class)
	ProblemDetail notFound(Reports.UnknownUnitException e) {
		return problem(HttpStatus.NOT_FOUND, e);
	}

	@ExceptionHandler(Reports.NotAllowedException.class)
	ProblemDetail forbidden(Reports.NotAllowedException e) {
		return problem(HttpStatus.FORBIDDEN, e);
	}

	private static ProblemDetail problem(HttpStatus status, RuntimeException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		problem.setProperty("error", e.getMessage());
		return problem;
	}
}
