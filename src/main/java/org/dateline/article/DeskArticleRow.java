package org.dateline.article;

import java.time.Instant;

/** One story in a desk list. */
public record DeskArticleRow(long id, String headline, String slug, String sectionName, ArticleStatus status,
		Long createdBy, Instant updatedAt, Instant publishedAt, Instant scheduledAt) {
}
