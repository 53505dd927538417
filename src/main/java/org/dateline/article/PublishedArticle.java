package org.dateline.article;

import java.time.Instant;

/**
 * A published story as a reader sees it on its page, with its lead image as this story uses it
 * (read in the same row, so the page needs no query of its own to learn whether it has one).
 *
 * @param leadImageId the lead image, or {@code null}
 * @param leadCaption this story's caption for it, or {@code null} for the image's own
 * @param leadAltText this story's alt text for it
 * @param leadDecorative whether it is marked decorative
 */
public record PublishedArticle(long id, String slug, String headline, String dek, String bodyHtml,
		String sectionName, String sectionSlug, String dateline, Instant publishedAt, Instant updatedAt, long sectionId,
		Long leadImageId, String leadCaption, String leadAltText, boolean leadDecorative) {

	/** A story without a lead image. */
	public PublishedArticle(long id, String slug, String headline, String dek, String bodyHtml, String sectionName,
			String sectionSlug, String dateline, Instant publishedAt, Instant updatedAt, long sectionId) {
		this(id, slug, headline, dek, bodyHtml, sectionName, sectionSlug, dateline, publishedAt, updatedAt, sectionId,
				null, null, null, false);
	}

	/** The lead image as this story uses it, if it has one. */
	public java.util.Optional<ArticleImages.LeadImage> leadImage() {
		return leadImageId == null ? java.util.Optional.empty()
				: java.util.Optional.of(new ArticleImages.LeadImage(leadImageId, leadCaption, leadAltText, leadDecorative));
	}

}
