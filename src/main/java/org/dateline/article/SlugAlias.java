package org.dateline.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An old slug of a story that readers have seen; it answers with a 301 to the current one. */
@Entity
@Table(name = "slug_alias")
class SlugAlias {

	@Id
	@Column(length = 80)
	private String slug;

	@Column(name = "article_id", nullable = false)
	private Long articleId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SlugAlias() {
	}

	SlugAlias(String slug, Long articleId, Instant createdAt) {
		this.slug = slug;
		this.articleId = articleId;
		this.createdAt = createdAt;
	}

	String getSlug() {
		return slug;
	}

	Long getArticleId() {
		return articleId;
	}

}
