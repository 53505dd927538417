package org.dateline.article.section;

import org.dateline.shared.NotFoundException;

public class SectionNotFoundException extends NotFoundException {

	public SectionNotFoundException(String what) {
		super("No section " + what);
	}

}
