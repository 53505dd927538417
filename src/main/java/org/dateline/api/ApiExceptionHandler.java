package org.dateline.api;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the content API as {@code application/problem+json} (RFC 9457) with a
 * {@code detail} a client's developer can act on, and never a stack trace.
 */
@RestControllerAdvice(assignableTypes = ContentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);


	@ExceptionHandler(ApiProblem.class)
	ProblemDetail refused(ApiProblem problem) {
		return problem(problem.status(), problem.getMessage());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException e) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "The content API only answers GET requests.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail failed(Exception e) {
		log.error("Content API request failed", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Try again later.");
	}

	static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
