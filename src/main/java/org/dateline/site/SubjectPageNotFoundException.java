package org.dateline.site;

import org.dateline.shared.NotFoundException;

class SubjectPageNotFoundException extends NotFoundException {

	SubjectPageNotFoundException(String what) {
		super("No subject page " + what);
	}

}
