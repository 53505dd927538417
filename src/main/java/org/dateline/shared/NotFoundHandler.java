package org.dateline.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
	String notFound(NotFoundException ex) {
		log.debug("404: {}", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String malformedId(MethodArgumentTypeMismatchException ex) {
		return "error/404";
	}

}
