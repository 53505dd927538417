package org.dateline.article;

import org.dateline.shared.NotFoundException;

/** No story with that id or slug, or none the asker may see. */
public class ArticleNotFoundException extends NotFoundException {

	public ArticleNotFoundException(String what) {
		super("No story " + what);
	}

}
