package org.dateline.article;

import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An immutable snapshot of a story at one save. */
@Entity
@Immutable
@Table(name = "article_revision")
public class ArticleRevision implements StoryText.Holder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "article_id", nullable = false)
	private Long articleId;

	@Column(name = "article_version", nullable = false)
	private long articleVersion;

	@Embedded
	private StoryText text;

	@Column(name = "section_id", nullable = false)
	private Long sectionId;

	@Column(nullable = false, length = 80)
	private String slug;

	@Column(nullable = false, length = 2000)
	private String bylines;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(length = 200)
	private String note;

	@Column(nullable = false, length = 4000)
	private String mentions = "";

	protected ArticleRevision() {
	}

	static ArticleRevision of(Article article, Long authorId, Instant at, String note) {
		ArticleRevision revision = new ArticleRevision();
		revision.articleId = article.getId();
		revision.articleVersion = article.getVersion();
		revision.text = article.text();
		revision.sectionId = article.getSection().getId();
		revision.slug = article.getSlug();
		String names = article.getBylines().stream().map(Byline::getName).collect(Collectors.joining(", "));
		revision.bylines = names.length() > 2000 ? names.substring(0, 2000) : names;
		revision.authorId = authorId;
		revision.createdAt = at;
		revision.note = note;
		revision.mentions = article.getMentions().stream().map(Mention::toString).collect(Collectors.joining("\n"));
		return revision;
	}

	/** The revision's text as content for a new save (restoring keeps the current bylines). */
	ArticleContent toContent(java.util.List<Byline> currentBylines) {
		return new ArticleContent(text.headline(), text.dek(), text.bodyHtml(), text.dateline(), currentBylines);
	}

	void backdate(Instant at) {
		this.createdAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getArticleId() {
		return articleId;
	}

	public long getArticleVersion() {
		return articleVersion;
	}

	@Override
	public StoryText text() {
		return text;
	}

	public Long getSectionId() {
		return sectionId;
	}

	public String getSlug() {
		return slug;
	}

	public String getBylines() {
		return bylines;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The subject links saved with this revision, one "PROMINENCE subject-id" per line. */
	public String getMentions() {
		return mentions;
	}

	public String getNote() {
		return note;
	}

}
