package org.dateline.article;

import java.time.Instant;

/** A published story as a reader sees it on its page. */
public record PublishedArticle(long id, String slug, String headline, String dek, String bodyHtml,
		String sectionName, String sectionSlug, String dateline, Instant publishedAt, Instant updatedAt, long sectionId) {
}
