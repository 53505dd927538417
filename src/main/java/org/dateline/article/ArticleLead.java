package org.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.dateline.shared.DomainException;

/**
 * The story's lead image as the story row holds it. {@link ArticleImages} writes these columns beside
 * the text, without moving the story's version, so picking a picture never turns the writer's next
 * save into a conflict; the aggregate only reads them, to hold the alt-text rule when it goes live.
 */
@Embeddable
class ArticleLead {

	@Column(name = "lead_image_id", insertable = false, updatable = false)
	private Long imageId;

	@Column(name = "lead_caption", insertable = false, updatable = false)
	private String caption;

	@Column(name = "lead_alt_text", insertable = false, updatable = false)
	private String altText;

	@Column(name = "lead_decorative", insertable = false, updatable = false)
	private boolean decorative;

	/** The image's id, or {@code null} when the story has none. */
	Long imageId() {
		return imageId;
	}

	/** Refuses to go live while the lead image has neither alt text nor the decorative mark. */
	void requireAltText() {
		if (imageId != null && !decorative && (altText == null || altText.isBlank())) {
			throw new DomainException("The lead image has no alt text. Describe it for readers who cannot see it, "
					+ "or mark it decorative, then publish.");
		}
	}

}
