package org.dateline.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A writer's latest unsaved text of a story, kept so that a closed tab loses almost nothing. */
@Entity
@Table(name = "article_autosave")
public class ArticleAutosave {

	@EmbeddedId
	private Key key;

	@Column(length = 200)
	private String headline;

	@Column(length = 500)
	private String dek;

	@Column
	private String body;

	@Column(length = 100)
	private String dateline;

	@Column(name = "base_version", nullable = false)
	private long baseVersion;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	protected ArticleAutosave() {
	}

	ArticleAutosave(long articleId, long userId) {
		this.key = new Key(articleId, userId);
	}

	void update(String headline, String dek, String body, String dateline, long baseVersion, Instant at) {
		this.headline = truncate(headline, 200);
		this.dek = truncate(dek, 500);
		this.body = body;
		this.dateline = truncate(dateline, 100);
		this.baseVersion = baseVersion;
		this.savedAt = at;
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	public String getHeadline() {
		return headline;
	}

	public String getDek() {
		return dek;
	}

	public String getBody() {
		return body;
	}

	public String getDateline() {
		return dateline;
	}

	public long getBaseVersion() {
		return baseVersion;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "article_id")
		private Long articleId;

		@Column(name = "user_id")
		private Long userId;

		protected Key() {
		}

		Key(long articleId, long userId) {
			this.articleId = articleId;
			this.userId = userId;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(userId, k.userId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(articleId, userId);
		}

	}

}
