package org.dateline.article;

/**
 * The editable text of a story, as a command: headline, dek, body HTML (sanitized on the way
 * in), and dateline place. Blank optional fields become {@code null}.
 */
public record ArticleContent(String headline, String dek, String bodyHtml, String dateline) {

	public ArticleContent {
		headline = headline == null ? "" : headline.strip();
		dek = blankToNull(dek);
		bodyHtml = bodyHtml == null ? "" : bodyHtml;
		dateline = blankToNull(dateline);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
