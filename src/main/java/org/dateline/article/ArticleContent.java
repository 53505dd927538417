package org.dateline.article;

import java.util.List;

/**
 * The editable text of a story, as a command: headline, dek, body HTML (sanitized on the way
 * in), dateline place and bylines in order. Blank optional fields become {@code null}.
 */
public record ArticleContent(String headline, String dek, String bodyHtml, String dateline, List<Byline> bylines) {

	public ArticleContent {
		headline = headline == null ? "" : headline.strip();
		dek = blankToNull(dek);
		bodyHtml = bodyHtml == null ? "" : bodyHtml;
		dateline = blankToNull(dateline);
		bylines = bylines == null ? List.of() : List.copyOf(bylines);
	}

	public ArticleContent(String headline, String dek, String bodyHtml, String dateline) {
		this(headline, dek, bodyHtml, dateline, List.of());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
