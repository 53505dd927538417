package org.dateline.desk.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.dateline.article.Article;
import org.dateline.article.ArticleAutosave;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.Byline;
import org.dateline.article.Mention;
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
	@jakarta.validation.constraints.Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*",
			message = "A slug uses lower-case letters, digits and single hyphens, such as rome-talks-resume.")
	private String slug;

	@Size(max = 2000, message = "That is too many bylines.")
	private String bylines;

	private Long version;

	/** Whether the form carried the subject panel, so that an empty list means "no links". */
	private boolean linksShown;

	private List<LinkRow> links = new ArrayList<>();

	/** A subject typed into the panel's "link" field, and its id if picked from the list. */
	@Size(max = 200)
	private String addSubject;

	private Long addSubjectId;

	private Mention.Prominence addProminence = Mention.Prominence.MENTIONED;

	/** One subject link as the panel shows it. */
	public static class LinkRow {

		private Long subjectId;

		private Mention.Prominence prominence = Mention.Prominence.MENTIONED;

		private Mention.Source source = Mention.Source.MANUAL;

		private boolean remove;

		public LinkRow() {
		}

		LinkRow(Mention mention) {
			this.subjectId = mention.getSubjectId();
			this.prominence = mention.getProminence();
			this.source = mention.getSource();
		}

		public Long getSubjectId() {
			return subjectId;
		}

		public void setSubjectId(Long subjectId) {
			this.subjectId = subjectId;
		}

		public Mention.Prominence getProminence() {
			return prominence;
		}

		public void setProminence(Mention.Prominence prominence) {
			this.prominence = prominence;
		}

		public Mention.Source getSource() {
			return source;
		}

		public void setSource(Mention.Source source) {
			this.source = source;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	static ArticleForm from(Article article, String bylines) {
		ArticleForm form = new ArticleForm();
		form.headline = article.getHeadline();
		form.dek = article.getDek();
		form.body = article.getBodyHtml();
		form.sectionId = article.getSection().getId();
		form.dateline = article.getDateline();
		form.slug = article.getSlug();
		form.bylines = bylines;
		form.version = article.getVersion();
		form.linksShown = true;
		article.getMentions().forEach(m -> form.links.add(new LinkRow(m)));
		return form;
	}

	/** The form as the writer left it when the browser autosaved, on top of the stored story. */
	ArticleForm withAutosave(ArticleAutosave autosave) {
		headline = autosave.getHeadline();
		dek = autosave.getDek();
		body = autosave.getBody();
		dateline = autosave.getDateline();
		return this;
	}

	/** The body as HTML: text typed without any markup is taken as paragraphs. */
	String bodyHtml() {
		if (body == null || body.isBlank()) {
			return "";
		}
		return HtmlSanitizer.looksLikeHtml(body) ? body : HtmlSanitizer.paragraphs(body);
	}

	SaveArticle toCommand(List<Byline> parsedBylines) {
		return new SaveArticle(new ArticleContent(headline, dek, bodyHtml(), dateline, parsedBylines, mentions()),
				sectionId, slug == null ? null : slug.strip(), version);
	}

	/** The links rows kept (not ticked for removal), or null when the form had no subject panel. */
	List<Mention> mentions() {
		if (!linksShown) {
			return null;
		}
		// an empty prominence or source in the post binds to null: take the defaults
		return keptLinks().stream().map(r -> new Mention(r.subjectId,
				r.prominence == null ? Mention.Prominence.MENTIONED : r.prominence,
				r.source == null ? Mention.Source.MANUAL : r.source)).toList();
	}

	/** The subjects of every row with one, including rows marked for removal. */
	List<Long> listedSubjectIds() {
		return links.stream().filter(r -> r != null && r.subjectId != null).map(r -> r.subjectId).toList();
	}

	List<LinkRow> keptLinks() {
		return links.stream().filter(r -> r != null && r.subjectId != null && !r.remove).toList();
	}

	/** Adds the subject picked in the panel's "link" field as a row, and clears the field. */
	void addPickedLink(long subjectId) {
		if (links.stream().noneMatch(r -> r != null && Long.valueOf(subjectId).equals(r.subjectId) && !r.remove)) {
			LinkRow row = new LinkRow();
			row.subjectId = subjectId;
			row.prominence = addProminence == null ? Mention.Prominence.MENTIONED : addProminence;
			links.add(row);
		}
		addSubject = null;
		addSubjectId = null;
	}

	/** Drops removed and empty rows, as the form is shown again after an error. */
	void compactLinks() {
		links = new ArrayList<>(keptLinks());
	}

	public boolean isLinksShown() {
		return linksShown;
	}

	public void setLinksShown(boolean linksShown) {
		this.linksShown = linksShown;
	}

	public List<LinkRow> getLinks() {
		return links;
	}

	public void setLinks(List<LinkRow> links) {
		this.links = links;
	}

	public String getAddSubject() {
		return addSubject;
	}

	public void setAddSubject(String addSubject) {
		this.addSubject = addSubject;
	}

	public Long getAddSubjectId() {
		return addSubjectId;
	}

	public void setAddSubjectId(Long addSubjectId) {
		this.addSubjectId = addSubjectId;
	}

	public Mention.Prominence getAddProminence() {
		return addProminence;
	}

	public void setAddProminence(Mention.Prominence addProminence) {
		this.addProminence = addProminence;
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

	public String getBylines() {
		return bylines;
	}

	public void setBylines(String bylines) {
		this.bylines = bylines;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
