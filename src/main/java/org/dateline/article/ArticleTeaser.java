package org.dateline.article;

import java.time.Instant;

/** A published story in a list: the front page, a section, a feed; {@code id} tags cached pages. */
public record ArticleTeaser(String slug, String headline, String dek, String sectionName, String sectionSlug,
		String dateline, Instant publishedAt, long id) {
}
