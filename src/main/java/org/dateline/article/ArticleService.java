package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the desk and the site ask of stories. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final Clock clock;

	ArticleService(ArticleRepository articles, SectionRepository sections, Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.clock = clock;
	}

	@Transactional
	public Article create(SaveArticle command, Actor author) {
		Section section = section(command.sectionId());
		Slug slug = chooseSlug(command.slug(), command.content().headline(), null);
		Article article = articles.saveAndFlush(new Article(slug, command.content(), section, author, clock));
		return articles.save(article.created(author));
	}

	@Transactional
	public Article update(long id, SaveArticle command, Actor by) {
		Article article = get(id);
		if (command.expectedVersion() != null && command.expectedVersion() != article.getVersion()) {
			throw new StaleArticleException(article.getId(), command.expectedVersion(), article.getVersion());
		}
		article.revise(command.content(), section(command.sectionId()), by, clock);
		if (command.slug() != null && !command.slug().isBlank() && !command.slug().equals(article.getSlug())) {
			article.changeSlug(chooseSlug(command.slug(), command.content().headline(), article.getId()));
		}
		return save(article);
	}

	@Transactional
	public Article submit(long id, Actor by) {
		Article article = get(id);
		article.submitForReview(by, clock);
		return save(article);
	}

	@Transactional
	public Article returnToDraft(long id, String note, Actor by) {
		Article article = get(id);
		article.returnToDraft(by, note, clock);
		return save(article);
	}

	@Transactional
	public Article schedule(long id, Instant publishAt, Actor by) {
		Article article = get(id);
		article.schedule(by, publishAt, clock);
		return save(article);
	}

	@Transactional
	public Article publish(long id, Actor by) {
		Article article = get(id);
		article.publish(by, clock);
		return save(article);
	}

	@Transactional
	public Article unpublish(long id, Actor by) {
		Article article = get(id);
		article.unpublish(by, clock);
		return save(article);
	}

	public Article get(long id) {
		return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException("#" + id));
	}

	public List<DeskArticleRow> recentForDesk(int limit) {
		return articles.findForDesk(PageRequest.of(0, limit));
	}

	public List<Section> sections() {
		return sections.findAllByOrderByPositionAscNameAsc();
	}

	public boolean sectionExists(long id) {
		return sections.existsById(id);
	}

	/** Whether {@code slug} is free for the story {@code articleId} ({@code null} for a new one). */
	public boolean slugAvailable(String slug, Long articleId) {
		return articleId == null ? !articles.existsBySlug(slug) : !articles.existsBySlugAndIdNot(slug, articleId);
	}

	/** A published story that readers may see now. */
	public PublishedArticle findPublished(String slug) {
		return articles.findPublishedBySlug(slug, clock.instant())
			.orElseThrow(() -> new ArticleNotFoundException("'" + slug + "'"));
	}

	public Page<ArticleTeaser> latestPublished(Pageable pageable) {
		return articles.findPublished(clock.instant(), pageable);
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
		return sections.findById(id).orElseThrow(() -> new DomainException("There is no such section."));
	}

	private Slug chooseSlug(String requested, String headline, Long articleId) {
		if (requested != null && !requested.isBlank()) {
			if (!Slug.isValid(requested)) {
				throw new DomainException("A slug uses lower-case letters, digits and single hyphens.");
			}
			if (!slugAvailable(requested, articleId)) {
				throw new DomainException("Another story already uses the slug '" + requested + "'.");
			}
			return new Slug(requested);
		}
		Slug base = Slug.from(headline, "story");
		Slug candidate = base;
		for (int n = 2; !slugAvailable(candidate.value(), articleId); n++) {
			candidate = base.withSuffix(n);
		}
		return candidate;
	}

}
