package org.dateline.subject;

import org.dateline.shared.NotFoundException;

public class SubjectNotFoundException extends NotFoundException {

	public SubjectNotFoundException(String what) {
		super("No subject " + what);
	}

}
