package org.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dateline.article.ArticleViews.CorrectionView;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

	/** The whole aggregate in one query: the desk shows its section, bylines and corrections. */
	@Override
	@EntityGraph(attributePaths = { "section", "bylines", "corrections", "mentions" })
	Optional<Article> findById(Long id);

	boolean existsBySlug(String slug);

	@Query(value = "select exists (select 1 from article)", nativeQuery = true)
	boolean anyStory();

	boolean existsBySlugAndIdNot(String slug, Long id);

	/**
	 * Whether a story other than {@code id} holds {@code slug} where the asker could see it: any
	 * story for an editor ({@code everyone}); for a reporter, their own stories and those readers
	 * have seen (published or unpublished), never a colleague's draft or embargoed story.
	 */
	@Query("""
			select case when count(a) > 0 then true else false end from Article a
			where a.slug = :slug and a.id <> :id
			  and (:everyone = true or a.createdBy = :askerId
			       or a.status in (org.dateline.article.ArticleStatus.PUBLISHED, org.dateline.article.ArticleStatus.UNPUBLISHED))""")
	boolean slugSeenByAsker(@Param("slug") String slug, @Param("id") long id, @Param("everyone") boolean everyone,
			@Param("askerId") long askerId);

	/** Whether another story that readers reach, or will at a set time, holds {@code slug}. */
	@Query("""
			select case when count(a) > 0 then true else false end from Article a
			where a.slug = :slug and a.id <> :id
			  and a.status in (org.dateline.article.ArticleStatus.PUBLISHED, org.dateline.article.ArticleStatus.SCHEDULED)""")
	boolean slugLiveElsewhere(@Param("slug") String slug, @Param("id") long id);

	@Query("""
			select new org.dateline.article.PublishedArticle(a.id, a.slug, a.text.headline, a.text.dek, a.text.bodyHtml,
			    s.name, s.slug, a.text.dateline, a.publishedAt, a.contentUpdatedAt, s.id,
			    a.lead.imageId, a.lead.caption, a.lead.altText, a.lead.decorative)
			from Article a join a.section s
			where a.slug = :slug and a.status = org.dateline.article.ArticleStatus.PUBLISHED
			  and a.publishedAt <= :now""")
	Optional<PublishedArticle> findPublishedBySlug(@Param("slug") String slug, @Param("now") Instant now);

	@Query("""
			select new org.dateline.article.PublishedArticle(a.id, a.slug, a.text.headline, a.text.dek, a.text.bodyHtml,
			    s.name, s.slug, a.text.dateline, coalesce(a.publishedAt, a.updatedAt), a.contentUpdatedAt, s.id,
			    a.lead.imageId, a.lead.caption, a.lead.altText, a.lead.decorative)
			from Article a join a.section s where a.id = :id""")
	Optional<PublishedArticle> findPreview(@Param("id") long id);

	@Query("select b.name from Article a join a.bylines b where a.id = :id order by index(b)")
	List<String> findBylineNames(@Param("id") long id);

	@Query("""
			select new org.dateline.article.ArticleViews$CorrectionView(c.kind, c.text, c.createdAt)
			from Article a join a.corrections c where a.id = :id order by c.createdAt, c.id""")
	List<CorrectionView> findCorrections(@Param("id") long id);

	@Query("""
			select new org.dateline.article.DeskArticleRow(a.id, a.text.headline, a.slug, s.name, a.status, a.createdBy,
			    a.updatedAt, a.publishedAt, a.scheduledAt)
			from Article a join a.section s
			where (:status is null or a.status = :status)
			  and (:sectionId is null or s.id = :sectionId)
			  and (:authorId is null or a.createdBy = :authorId)
			  and (:headline is null or lower(a.text.headline) like lower(concat('%', cast(:headline as string), '%')))""")
	List<DeskArticleRow> findForDesk(@Param("status") ArticleStatus status, @Param("sectionId") Long sectionId,
			@Param("authorId") Long authorId, @Param("headline") String headline, Pageable pageable);

	/**
	 * Scheduled stories whose time has come, locked for this transaction. Rows another instance has
	 * already locked are skipped, so each story is published by exactly one instance.
	 */
	@Query(value = """
			select id from article
			where status = 'SCHEDULED' and scheduled_at <= :now
			order by scheduled_at
			limit :limit
			for update skip locked""", nativeQuery = true)
	List<Long> lockDueForPublication(@Param("now") Instant now, @Param("limit") int limit);

}
