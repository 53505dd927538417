package org.dateline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.shared.HtmlSanitizer;

/** What the story form posts. Bound here, never to the entity. */
class ArticleForm {

	static final int BODY_MAX = 1_000_000;

	@NotBlank(message = "Every story needs a headline.")
	@Size(max = Article.HEADLINE_MAX, message = "Keep the headline to {max} characters or fewer.")
	private String headline;

	@Size(max = Article.DEK_MAX, message = "Keep the dek to {max} characters or fewer.")
	private String dek;

	@Size(max = BODY_MAX, message = "The body is over 1 MB. Split the story, or trim it.")
	private String body;

	@NotNull(message = "Choose a section.")
	private Long sectionId;

	@Size(max = Article.DATELINE_MAX, message = "Keep the dateline to {max} characters or fewer.")
	private String dateline;

	@Size(max = 80, message = "Keep the slug to {max} characters or fewer.")
	@Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*",
			message = "A slug uses lower-case letters, digits and single hyphens, such as rome-talks-resume.")
	private String slug;

	private Long version;

	static ArticleForm from(Article article) {
		ArticleForm form = new ArticleForm();
		form.headline = article.getHeadline();
		form.dek = article.getDek();
		form.body = article.getBodyText();
		form.sectionId = article.getSection().getId();
		form.dateline = article.getDateline();
		form.slug = article.getSlug();
		form.version = article.getVersion();
		return form;
	}

	SaveArticle toCommand() {
		return new SaveArticle(new ArticleContent(headline, dek, HtmlSanitizer.paragraphs(body), dateline),
				sectionId, slug == null ? null : slug.strip(), version);
	}

	public String getHeadline() {
		return headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getDek() {
		return dek;
	}

	public void setDek(String dek) {
		this.dek = dek;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getSectionId() {
		return sectionId;
	}

	public void setSectionId(Long sectionId) {
		this.sectionId = sectionId;
	}

	public String getDateline() {
		return dateline;
	}

	public void setDateline(String dateline) {
		this.dateline = dateline;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
