package org.dateline.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something a reader or an editor asked for does not exist, or is not visible to them. Answered
 * with the friendly 404 page. Each module throws its own typed subclass.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
