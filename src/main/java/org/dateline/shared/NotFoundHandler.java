package org.dateline.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders the friendly 404 page for every typed not-found exception, and for ids that are not
 * even numbers. Everything else unexpected goes to Spring Boot's error page, which shows the
 * {@code templates/error/*} pages and never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NotFoundHandler {

	private static final Logger log = LoggerFactory.getLogger(NotFoundHandler.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, HttpServletResponse response) {
		log.debug("404: {}", ex.getMessage());
		return notCached(response);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String malformedId(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		return notCached(response);
	}

	/** A story may appear at this address any minute (an embargo lifts), so no one may keep the 404. */
	private static String notCached(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return "error/404";
	}

}
