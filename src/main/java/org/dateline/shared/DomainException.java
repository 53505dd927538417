package org.dateline.shared;

/**
 * A command broke a rule of the domain: a workflow move that is not allowed, a duplicate name.
 * The message is written for the person who tried it and is shown to them as it is.
 */
public class DomainException extends RuntimeException {

	public DomainException(String message) {
		super(message);
	}

}
