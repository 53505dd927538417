package org.dateline.article;

import java.util.List;

/**
 * The editable text of a story, as a command: headline, dek, body HTML (sanitized on the way
 * in), dateline place, bylines in order, and the subjects it links to. Blank optional fields
 * become {@code null}; empty bylines and {@code null} mentions mean "keep the current ones".
 */
public record ArticleContent(String headline, String dek, String bodyHtml, String dateline, List<Byline> bylines,
		List<Mention> mentions) {

	public ArticleContent {
		headline = headline == null ? "" : headline.strip();
		dek = blankToNull(dek);
		bodyHtml = bodyHtml == null ? "" : bodyHtml;
		dateline = blankToNull(dateline);
		bylines = bylines == null ? List.of() : List.copyOf(bylines);
		mentions = mentions == null ? null : List.copyOf(mentions);
	}

	public ArticleContent(String headline, String dek, String bodyHtml, String dateline, List<Byline> bylines) {
		this(headline, dek, bodyHtml, dateline, bylines, null);
	}

	public ArticleContent(String headline, String dek, String bodyHtml, String dateline) {
		this(headline, dek, bodyHtml, dateline, List.of());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
