package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dateline.article.ArticleEvents.ArticleCreated;
import org.dateline.article.ArticleEvents.ArticlePublished;
import org.dateline.article.ArticleEvents.ArticleReturned;
import org.dateline.article.ArticleEvents.ArticleScheduled;
import org.dateline.article.ArticleEvents.ArticleSubmitted;
import org.dateline.article.ArticleEvents.ArticleUnpublished;
import org.dateline.article.section.Section;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A story. Its workflow moves are methods that check the current state and the actor's role,
 * refuse an illegal move with a {@link DomainException}, and register a domain event.
 */
@Entity
@Table(name = "article")
public class Article extends AbstractAggregateRoot<Article> implements StoryText.Holder {

	public static final int HEADLINE_MAX = 200;

	public static final int DEK_MAX = 500;

	public static final int DATELINE_MAX = 100;

	public static final int MENTIONS_MAX = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Embedded
	private StoryText text;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id", nullable = false)
	private Section section;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ArticleStatus status = ArticleStatus.DRAFT;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "scheduled_at")
	private Instant scheduledAt;

	@Column(name = "content_updated_at")
	private Instant contentUpdatedAt;

	@Column(name = "review_note", length = 1000)
	private String reviewNote;

	@Version
	private long version;

	@Embedded
	private ArticleLead lead = new ArticleLead();

	@ElementCollection
	@CollectionTable(name = "article_byline", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<Byline> bylines = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "article_id", nullable = false, updatable = false)
	@OrderBy("createdAt asc, id asc")
	private List<Correction> corrections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_mention", joinColumns = @JoinColumn(name = "article_id"))
	private Set<Mention> mentions = new LinkedHashSet<>();

	protected Article() {
	}

	Article(Slug slug, ArticleContent content, Section section, Actor author, Clock clock) {
		this.slug = slug.value();
		this.section = Objects.requireNonNull(section);
		this.createdBy = author.id();
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
		apply(content);
		if (bylines.isEmpty()) {
			// a new story nobody was named on is the writer's
			bylines.add(Byline.ofUser(author.id(), author.displayName()));
		}
	}

	/** Registers the creation event once the story has its id. */
	Article created(Actor author) {
		registerEvent(new ArticleCreated(id, slug, author.username()));
		return this;
	}

	/** Replaces the editable content; a live story stays live and shows "Updated". */
	void revise(ArticleContent content, Section section, Actor by, Clock clock) {
		checkMayEdit(by);
		Map<String, String> before = text.readerFields(this.section.getSlug());
		apply(content);
		this.section = Objects.requireNonNull(section);
		this.updatedAt = clock.instant();
		if (status == ArticleStatus.PUBLISHED) {
			this.contentUpdatedAt = updatedAt;
			Map<String, ArticleEvents.Change> changes = ArticleEvents.Change.between(before,
					text.readerFields(this.section.getSlug()));
			if (!changes.isEmpty()) {
				registerEvent(new ArticleEvents.ArticleRevised(id, slug, by.username(), updatedAt, changes));
			}
		}
	}

	/** Gives the story a new slug and returns the old one. */
	String changeSlug(Slug newSlug) {
		String old = this.slug;
		this.slug = newSlug.value();
		return old;
	}

	/** Whether readers have ever seen this story, so that its old slugs must keep working. */
	public boolean hasBeenPublished() {
		return publishedAt != null;
	}

	/** Appends a correction or update, shown to readers with its time. */
	public Correction addCorrection(CorrectionKind kind, String text, Actor by, Clock clock) {
		by.requireEditor("Only an editor can add a correction or update.");
		if (publishedAt == null) {
			throw new DomainException("Corrections and updates go on stories that readers have seen. Edit the draft instead.");
		}
		Correction correction = Correction.written(kind, text, clock.instant(), by.id());
		corrections.add(correction);
		updatedAt = clock.instant();
		registerEvent(new ArticleEvents.CorrectionAdded(id, by.username(), kind, correction.getText()));
		return correction;
	}

	public void submitForReview(Actor by, Clock clock) {
		checkMayEdit(by);
		status.requireOneOf("submit for review", ArticleStatus.DRAFT);
		status = ArticleStatus.IN_REVIEW;
		reviewNote = null;
		updatedAt = clock.instant();
		registerEvent(new ArticleSubmitted(id, by.username()));
	}

	public void returnToDraft(Actor by, String note, Clock clock) {
		by.requireEditor("Only an editor can send a story back.");
		status.requireOneOf("send back", ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED);
		status = ArticleStatus.DRAFT;
		scheduledAt = null;
		reviewNote = note == null || note.isBlank() ? null
				: (note.strip().length() > 1000 ? note.strip().substring(0, 1000) : note.strip());
		updatedAt = clock.instant();
		registerEvent(new ArticleReturned(id, by.username(), reviewNote));
	}

	public void schedule(Actor by, Instant publishAt, Clock clock) {
		by.requireEditor("Only an editor can schedule a story.");
		status.requireOneOf("schedule", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED,
				ArticleStatus.UNPUBLISHED);
		if (!publishAt.isAfter(clock.instant())) {
			throw new DomainException("The publish time must be in the future.");
		}
		AltText.requireForStory(lead, text.bodyHtml());
		boolean skippedReview = status == ArticleStatus.DRAFT;
		status = ArticleStatus.SCHEDULED;
		scheduledAt = publishAt;
		updatedAt = clock.instant();
		registerEvent(new ArticleScheduled(id, by.username(), publishAt, skippedReview));
	}

	public void publish(Actor by, Clock clock) {
		by.requireEditor("Only an editor can publish a story.");
		status.requireOneOf("publish", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED,
				ArticleStatus.UNPUBLISHED);
		AltText.requireForStory(lead, text.bodyHtml());
		boolean skippedReview = status == ArticleStatus.DRAFT;
		goLive(by.username(), clock.instant(), skippedReview);
	}

	/** The scheduler's move: a scheduled story whose time has come goes live. */
	public void publishScheduled(Clock clock) {
		status.requireOneOf("publish on schedule", ArticleStatus.SCHEDULED);
		if (scheduledAt.isAfter(clock.instant())) {
			throw new DomainException("This story is embargoed until " + scheduledAt + ".");
		}
		goLive(null, scheduledAt, false);
		updatedAt = clock.instant();
	}

	public void unpublish(Actor by, Clock clock) {
		by.requireEditor("Only an editor can unpublish a story.");
		status.requireOneOf("unpublish", ArticleStatus.PUBLISHED);
		status = ArticleStatus.UNPUBLISHED;
		updatedAt = clock.instant();
		registerEvent(new ArticleUnpublished(id, slug, by.username()));
	}

	private void goLive(String actor, Instant at, boolean skippedReview) {
		if (publishedAt == null) {
			publishedAt = at;
		}
		else {
			contentUpdatedAt = at;
		}
		status = ArticleStatus.PUBLISHED;
		scheduledAt = null;
		updatedAt = at;
		registerEvent(new ArticlePublished(id, slug, actor, publishedAt, skippedReview));
	}

	/** The lead image's id, or {@code null}. */
	public Long getLeadImageId() {
		return lead.imageId();
	}

	/** Whether {@code actor} may open this story on the desk: editors any, reporters their own. */
	public boolean isVisibleTo(Actor actor) {
		return actor.isEditor() || Objects.equals(createdBy, actor.id());
	}

	/** Whether {@code actor} may change this story's text. */
	public boolean isEditableBy(Actor actor) {
		if (actor.isEditor()) {
			return true;
		}
		return Objects.equals(createdBy, actor.id())
				&& (status == ArticleStatus.DRAFT || status == ArticleStatus.IN_REVIEW);
	}

	private void checkMayEdit(Actor by) {
		if (!isEditableBy(by)) {
			throw new DomainException(by.isEditor() ? "This story cannot be edited now."
					: "Reporters can change only their own drafts and stories in review.");
		}
	}

	private void apply(ArticleContent content) {
		StoryText written = StoryText.of(content);
		if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) {
			AltText.requireInBody(written.bodyHtml(), "save");
		}
		this.text = written;
		if (!content.bylines().isEmpty()) {
			this.bylines.clear();
			this.bylines.addAll(content.bylines());
		}
		if (content.mentions() != null) {
			linkSubjects(content.mentions());
		}
	}

	/** Replaces the subject links; a subject listed twice keeps its most prominent link. */
	private void linkSubjects(List<Mention> links) {
		if (links.size() > MENTIONS_MAX) {
			throw new DomainException("A story can link to at most " + MENTIONS_MAX + " subjects.");
		}
		Map<Long, Mention> bySubject = new LinkedHashMap<>();
		for (Mention link : links) {
			bySubject.merge(link.getSubjectId(), link,
					(a, b) -> a.getProminence() == Mention.Prominence.PRIMARY ? a : b);
		}
		mentions.retainAll(bySubject.values());
		mentions.addAll(bySubject.values());
	}

	/** The events registered and not yet published, for tests of the aggregate. */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	@Override
	public StoryText text() {
		return text;
	}

	public Section getSection() {
		return section;
	}

	public ArticleStatus getStatus() {
		return status;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	/**
	 * Moves a published story into the past, as if it had been written at {@code writtenAt} and
	 * published at {@code publishedAt}: how the demo newsroom gets a history. Refused for a story
	 * that is not published, or for times in the wrong order.
	 */
	void backdate(Instant writtenAt, Instant publishedAt) {
		if (status != ArticleStatus.PUBLISHED) {
			throw new DomainException("Only a published story can be back-dated.");
		}
		if (writtenAt.isAfter(publishedAt)) {
			throw new DomainException("A story cannot be published before it was written.");
		}
		this.createdAt = writtenAt;
		this.publishedAt = publishedAt;
		this.updatedAt = publishedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getScheduledAt() {
		return scheduledAt;
	}

	public Instant getContentUpdatedAt() {
		return contentUpdatedAt;
	}

	/** The editor's note from the last time the story was sent back, until it is resubmitted. */
	public String getReviewNote() {
		return reviewNote;
	}

	public long getVersion() {
		return version;
	}

	public List<Byline> getBylines() {
		return Collections.unmodifiableList(bylines);
	}

	/** The subject links, primary ones first. */
	public List<Mention> getMentions() {
		return mentions.stream()
			.sorted(java.util.Comparator.comparing(Mention::getProminence).thenComparing(Mention::getSubjectId))
			.toList();
	}

	public List<Correction> getCorrections() {
		return Collections.unmodifiableList(corrections);
	}

}
