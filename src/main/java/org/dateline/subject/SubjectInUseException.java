package org.dateline.subject;

import org.dateline.shared.DomainException;

/** A subject that stories mention cannot be deleted; merging it into another is the way. */
public class SubjectInUseException extends DomainException {

	public SubjectInUseException(String name) {
		super("Stories mention " + name + ", so it cannot be deleted. Merge it into the subject it duplicates instead.");
	}

}
