package org.dateline.article;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.dateline.shared.HtmlSanitizer;
import org.dateline.shared.PlainText;

/**
 * What a story says: headline, dek, body and dateline, cleaned of characters XML cannot carry, the
 * body sanitized and kept beside as plain text. The story and each of its revisions hold one in the
 * same columns; it never changes once made, so a revision may share its story's.
 */
@Embeddable
public class StoryText {

	@Column(nullable = false, length = Article.HEADLINE_MAX)
	private String headline;

	@Column(length = Article.DEK_MAX)
	private String dek;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml = "";

	@Column(name = "body_text", nullable = false)
	private String bodyText = "";

	@Column(length = Article.DATELINE_MAX)
	private String dateline;

	protected StoryText() {
	}

	private StoryText(ArticleContent content) {
		this.headline = PlainText.clean(content.headline());
		this.dek = PlainText.clean(content.dek());
		this.bodyHtml = HtmlSanitizer.sanitize(PlainText.clean(content.bodyHtml()));
		this.bodyText = HtmlSanitizer.toPlainText(this.bodyHtml);
		this.dateline = PlainText.clean(content.dateline());
	}

	/** The text an editor wrote, made safe to store and show. */
	static StoryText of(ArticleContent content) {
		return new StoryText(content);
	}

	public String headline() {
		return headline;
	}

	public String dek() {
		return dek;
	}

	public String bodyHtml() {
		return bodyHtml;
	}

	public String bodyText() {
		return bodyText;
	}

	public String dateline() {
		return dateline;
	}

	/** What readers see of the story filed under {@code section}, to tell what an edit of a live story changed. */
	Map<String, String> readerFields(String section) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("headline", headline);
		fields.put("dek", dek);
		fields.put("bodyHtml", bodyHtml);
		fields.put("dateline", dateline);
		fields.put("section", section);
		return fields;
	}

	/**
	 * Reads a story's text the way pages, feeds and diffs do, so that a story and its revisions answer
	 * the same getters from the one value they hold.
	 */
	public interface Holder {

		/** The text as saved. */
		StoryText text();

		default String getHeadline() {
			return text().headline();
		}

		default String getDek() {
			return text().dek();
		}

		default String getBodyHtml() {
			return text().bodyHtml();
		}

		default String getBodyText() {
			return text().bodyText();
		}

		default String getDateline() {
			return text().dateline();
		}

	}

}
