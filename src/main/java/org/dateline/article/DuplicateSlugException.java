package org.dateline.article;

import org.dateline.shared.DomainException;

/** The slug asked for is malformed or taken; the form shows this on the slug field. */
public class DuplicateSlugException extends DomainException {

	public DuplicateSlugException(String message) {
		super(message);
	}

}
