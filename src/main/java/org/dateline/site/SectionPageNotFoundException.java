package org.dateline.site;

import org.dateline.shared.NotFoundException;

/** No such section, or a page past its last one. */
class SectionPageNotFoundException extends NotFoundException {

	SectionPageNotFoundException(String what) {
		super("No section page " + what);
	}

}
