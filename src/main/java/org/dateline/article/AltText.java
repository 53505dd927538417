package org.dateline.article;

import org.dateline.shared.DomainException;
import org.dateline.shared.HtmlSanitizer;

/**
 * The rule for pictures readers cannot see: every picture a story shows has alt text, or is marked
 * decorative. The lead image is checked when the story goes live; pictures in the body whenever a
 * live story is saved, too.
 */
final class AltText {

	private AltText() {
	}

	/** Refuses to go live while the lead image or a body picture lacks alt text. */
	static void requireForStory(ArticleLead lead, String bodyHtml) {
		lead.requireAltText();
		requireInBody(bodyHtml, "publish");
	}

	/** Refuses to {@code then} while a picture in the body has neither alt text nor the decorative mark. */
	static void requireInBody(String bodyHtml, String then) {
		int missing = HtmlSanitizer.imagesWithoutAltText(bodyHtml);
		if (missing > 0) {
			throw new DomainException((missing == 1 ? "A picture in the body has" : missing + " pictures in the body have")
					+ " no alt text. Open each one in the editor (double-click it) and describe it for readers who "
					+ "cannot see it, or mark it decorative, then " + then + ".");
		}
	}

}
