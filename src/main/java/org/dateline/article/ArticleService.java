package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.article.ArticleViews.DeskFilter;
import org.dateline.article.ArticleViews.Found;
import org.dateline.article.ArticleViews.MovedTo;
import org.dateline.article.ArticleViews.SlugLookup;
import org.dateline.article.section.Section;
import org.dateline.article.section.SectionService;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.dateline.shared.SlugAllocator;
import org.dateline.shared.UnseenByReaders;
import org.dateline.subject.SubjectDirectory;
import org.dateline.subject.SubjectDirectory.SubjectLine;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * What the desk and the site ask of stories. Every save of a story's text appends a revision, in
 * the same transaction; a save against a stale version is refused with
 * {@link StaleArticleException} and writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	private static final SlugAllocator SLUGS = new SlugAllocator("story", DuplicateSlugException::new);

	private final ArticleRepository articles;

	private final SectionService sections;

	private final ArticleRevisionRepository revisions;

	private final SlugAliasRepository aliases;

	private final ArticleAutosaveRepository autosaves;

	private final Clock clock;

	private final SubjectDirectory subjects;

	private final PublishedPages publishedPages;

	ArticleService(ArticleRepository articles, SectionService sections, ArticleRevisionRepository revisions,
			SlugAliasRepository aliases, ArticleAutosaveRepository autosaves, SubjectDirectory subjects, Clock clock,
			PublishedPages publishedPages) {
		this.publishedPages = publishedPages;
		this.subjects = subjects;
		this.articles = articles;
		this.sections = sections;
		this.revisions = revisions;
		this.aliases = aliases;
		this.autosaves = autosaves;
		this.clock = clock;
	}

	// --- writing -------------------------------------------------------------------------

	@Transactional
	public Article create(SaveArticle command, Actor author) {
		Section section = section(command.sectionId());
		Slug slug = chooseSlug(command.slug(), command.content().headline(), null, author);
		Article article = articles.saveAndFlush(new Article(slug, command.content(), section, author, clock));
		article = articles.saveAndFlush(article.created(author));
		revisions.save(ArticleRevision.of(article, author.id(), clock.instant(), "Created"));
		return article;
	}

	@Transactional
	public Article update(long id, SaveArticle command, Actor by) {
		Article article = get(id);
		if (command.expectedVersion() != null && command.expectedVersion() != article.getVersion()) {
			throw new StaleArticleException(article.getId(), command.expectedVersion(), article.getVersion());
		}
		if (article.getStatus() != ArticleStatus.PUBLISHED
				&& TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
			// a story that is not live: nothing this save writes is shown to readers
			UnseenByReaders.mark();
		}
		article.revise(command.content(), section(command.sectionId()), by, clock);
		String requested = command.slug() == null ? "" : command.slug().strip();
		if (!requested.isEmpty() && !requested.equals(article.getSlug())) {
			renameSlug(article, chooseSlug(requested, command.content().headline(), article.getId(), by));
		}
		Article saved = save(article);
		revisions.save(ArticleRevision.of(saved, by.id(), clock.instant(), null));
		autosaves.deleteById(new ArticleAutosave.Key(id, by.id()));
		return saved;
	}

	/**
	 * Checks the subject links a save asks for, before the save: at most
	 * {@link Article#MENTIONS_MAX}, each still on record, and the links a merge moved offered back
	 * (see {@link LinkCheck}). {@code articleId} is {@code null} for a new story.
	 */
	@Transactional(readOnly = true)
	public LinkCheck checkLinks(Long articleId, Collection<Long> kept, Collection<Long> listed) {
		Set<Long> onRecord = kept.isEmpty() || Set.copyOf(kept).size() > Article.MENTIONS_MAX ? Set.of()
				: subjects.lines(Set.copyOf(kept)).stream().map(SubjectLine::id).collect(Collectors.toSet());
		return LinkCheck.of(kept, listed, onRecord, articleId == null ? List.of() : get(articleId).getMentions());
	}

	/** Makes an old revision's text the current one, as a new revision; nothing is lost. */
	@Transactional
	public Article restore(long id, long revisionId, Actor by) {
		Article article = get(id);
		ArticleRevision old = revision(id, revisionId);
		article.revise(old.toContent(article.getBylines()), article.getSection(), by, clock);
		Article saved = save(article);
		revisions.save(ArticleRevision.of(saved, by.id(), clock.instant(), "Restored from revision of "
				+ old.getCreatedAt()));
		return saved;
	}

	private void renameSlug(Article article, Slug newSlug) {
		aliases.findById(newSlug.value()).ifPresent(alias -> {
			if (alias.getArticleId().equals(article.getId())) {
				aliases.delete(alias);
			}
		});
		String old = article.changeSlug(newSlug);
		if (article.hasBeenPublished()) {
			aliases.save(new SlugAlias(old, article.getId(), clock.instant()));
		}
	}

	// --- workflow ------------------------------------------------------------------------

	@Transactional
	public Article submit(long id, Actor by) {
		Article article = get(id);
		article.submitForReview(by, clock);
		return save(article);
	}

	@Transactional
	public Article returnToDraft(long id, String note, Actor by) {
		Article article = get(id);
		article.returnToDraft(by, note == null || note.isBlank() ? null : note.strip(), clock);
		return save(article);
	}

	@Transactional
	public Article schedule(long id, Instant publishAt, Actor by) {
		Article article = get(id);
		requireAddressFree(article);
		article.schedule(by, publishAt, clock);
		return save(article);
	}

	@Transactional
	public Article publish(long id, Actor by) {
		Article article = get(id);
		requireAddressFree(article);
		article.publish(by, clock);
		return save(article);
	}

	@Transactional
	public Article unpublish(long id, Actor by) {
		Article article = get(id);
		article.unpublish(by, clock);
		return save(article);
	}

	@Transactional
	public Correction addCorrection(long id, CorrectionKind kind, String text, Actor by) {
		Article article = get(id);
		Correction correction = article.addCorrection(kind, text, by, clock);
		save(article);
		return correction;
	}

	// --- autosave ------------------------------------------------------------------------

	@Transactional
	public ArticleAutosave autosave(long id, Actor by, String headline, String dek, String body, String dateline,
			long baseVersion) {
		Article article = get(id);
		if (!article.isEditableBy(by)) {
			throw new DomainException("This story cannot be edited by you now.");
		}
		if (TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
			// an autosave is the writer's own: readers never see it, live story or not
			UnseenByReaders.mark();
		}
		ArticleAutosave autosave = autosaves.findById(new ArticleAutosave.Key(id, by.id()))
			.orElseGet(() -> new ArticleAutosave(id, by.id()));
		autosave.update(headline, dek, body, dateline, baseVersion, clock.instant());
		return autosaves.save(autosave);
	}

	/** The writer's autosaved text, if it is newer than the story's last save. */
	public Optional<ArticleAutosave> pendingAutosave(Article article, Actor by) {
		return autosaves.findById(new ArticleAutosave.Key(article.getId(), by.id()))
			.filter(a -> a.getSavedAt().isAfter(article.getUpdatedAt()));
	}

	@Transactional
	public void discardAutosave(long id, Actor by) {
		autosaves.deleteById(new ArticleAutosave.Key(id, by.id()));
	}

	// --- revisions -----------------------------------------------------------------------

	public List<ArticleRevision> revisions(long id) {
		return revisions.findByArticleIdOrderByIdDesc(id);
	}

	public long revisionCount(long id) {
		return revisions.countByArticleId(id);
	}

	public ArticleRevision revision(long id, long revisionId) {
		return revisions.findByIdAndArticleId(revisionId, id)
			.orElseThrow(() -> new ArticleNotFoundException("revision #" + revisionId + " of story #" + id));
	}

	/** The revision the writer had loaded when the story was at {@code version}. */
	public Optional<ArticleRevision> revisionAsOf(long id, long version) {
		return revisions.findAsOfVersion(id, version);
	}

	public ArticleRevision latestRevision(long id) {
		return revisions.findFirstByArticleIdOrderByIdDesc(id)
			.orElseThrow(() -> new ArticleNotFoundException("revision of story #" + id));
	}

	// --- reading -------------------------------------------------------------------------

	/** Whether the newsroom has any story at all, in any state. */
	public boolean anyStory() {
		return articles.anyStory();
	}

	public Article get(long id) {
		return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException("#" + id));
	}

	/** Stories for a desk list, newest activity first; {@code status} null for all. */
	public List<DeskArticleRow> forDesk(ArticleStatus status, DeskFilter filter, int limit) {
		Sort sort = switch (status == null ? ArticleStatus.DRAFT : status) {
			case SCHEDULED -> Sort.by("scheduledAt").ascending();
			case PUBLISHED -> Sort.by("publishedAt").descending();
			default -> Sort.by("updatedAt").descending();
		};
		return articles.findForDesk(status, filter.sectionId(), filter.authorId(), filter.headline(),
				PageRequest.of(0, limit, sort.and(Sort.by("id").descending())));
	}

	public List<DeskArticleRow> recentForDesk(int limit) {
		return forDesk(null, DeskFilter.none(), limit);
	}

	public List<Section> sections() {
		return sections.all();
	}

	public boolean sectionExists(long id) {
		return sections.exists(id);
	}

	/**
	 * Whether {@code slug} is free for the story {@code articleId} ({@code null} for a new one), as
	 * an editor sees it: every story and old address counts.
	 */
	public boolean slugAvailable(String slug, Long articleId) {
		boolean usedByStory = articleId == null ? articles.existsBySlug(slug)
				: articles.existsBySlugAndIdNot(slug, articleId);
		if (usedByStory) {
			return false;
		}
		return aliases.findById(slug).map(alias -> alias.getArticleId().equals(articleId)).orElse(true);
	}

	/**
	 * A published story that readers may see now (with its bylines and corrections, in one
	 * statement), or where its old slug now leads. Not a transaction of its own: the one statement
	 * needs none, and a reader's page build spent a commit's round trip on it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public SlugLookup findPublished(String slug) {
		Instant now = clock.instant();
		Optional<ArticlePage> page = publishedPages.find(slug, now);
		if (page.isPresent()) {
			return new Found(page.get());
		}
		return aliases.findById(slug)
			.flatMap(alias -> articles.findById(alias.getArticleId()))
			.filter(a -> articles.findPublishedBySlug(a.getSlug(), now).isPresent())
			.<SlugLookup>map(a -> new MovedTo(a.getSlug()))
			.orElseThrow(() -> new ArticleNotFoundException("'" + slug + "'"));
	}

	/** Any story exactly as readers would see it, for the desk's preview. */
	public ArticlePage preview(long id) {
		return page(articles.findPreview(id).orElseThrow(() -> new ArticleNotFoundException("#" + id)));
	}

	private ArticlePage page(PublishedArticle article) {
		return new ArticlePage(article, articles.findBylineNames(article.id()), articles.findCorrections(article.id()));
	}

	// --- helpers -------------------------------------------------------------------------

	/**
	 * Back-dates a published story and its revisions (the demo newsroom's stories, which happened
	 * days ago): written at {@code writtenAt}, published at {@code publishedAt}. Admins only.
	 */
	@Transactional
	public void backdate(long id, Instant writtenAt, Instant publishedAt, Actor by) {
		if (by.role() != org.dateline.shared.Role.ADMIN) {
			throw new DomainException("Only an admin can back-date a story.");
		}
		Article article = get(id);
		article.backdate(writtenAt, publishedAt);
		save(article);
		revisions.findByArticleIdOrderByIdDesc(id).forEach(revision -> revision.backdate(writtenAt));
	}

	private Article save(Article article) {
		try {
			return articles.saveAndFlush(article);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleArticleException(article.getId(), article.getVersion(), -1);
		}
	}

	private Section section(long id) {
		return sections.find(id).orElseThrow(() -> new DomainException("There is no such section."));
	}

	/**
	 * The slug for a new or renamed story. A slug is taken if a story the asker may see holds it
	 * (see {@link ArticleRepository#slugSeenByAsker}) or it is another story's old address; a
	 * colleague's draft or embargoed story does not count, so that asking for a slug never tells a
	 * reporter whether such a story exists. Slugs must differ only among live stories, which
	 * {@link #requireAddressFree} checks when a story is scheduled or published.
	 */
	private Slug chooseSlug(String requested, String headline, Long articleId, Actor asker) {
		long self = articleId == null ? -1 : articleId;
		return SLUGS.allocate(requested, headline, slug -> !articles.slugSeenByAsker(slug, self, asker.isEditor(),
				asker.id()) && aliases.findById(slug).map(alias -> alias.getArticleId().equals(articleId)).orElse(true));
	}

	/** Refuses to make a story live at an address that another live story, or an old address, already answers. */
	private void requireAddressFree(Article article) {
		String slug = article.getSlug();
		if (articles.slugLiveElsewhere(slug, article.getId())
				|| aliases.findById(slug).filter(alias -> !alias.getArticleId().equals(article.getId())).isPresent()) {
			throw new DuplicateSlugException("Another story that readers can reach already uses the slug '" + slug
					+ "'. Give this one another slug before it goes out.");
		}
	}

}
