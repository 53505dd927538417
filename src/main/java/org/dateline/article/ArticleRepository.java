package org.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	@Query("""
			select new org.dateline.article.PublishedArticle(a.id, a.slug, a.headline, a.dek, a.bodyHtml,
			    s.name, s.slug, a.dateline, a.publishedAt, a.contentUpdatedAt)
			from Article a join a.section s
			where a.slug = :slug and a.status = org.dateline.article.ArticleStatus.PUBLISHED
			  and a.publishedAt <= :now""")
	Optional<PublishedArticle> findPublishedBySlug(@Param("slug") String slug, @Param("now") Instant now);

	@Query(value = """
			select new org.dateline.article.ArticleTeaser(a.slug, a.headline, a.dek, s.name, s.slug, a.dateline,
			    a.publishedAt)
			from Article a join a.section s
			where a.status = org.dateline.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			order by a.publishedAt desc, a.id desc""",
			countQuery = """
					select count(a) from Article a
					where a.status = org.dateline.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now""")
	Page<ArticleTeaser> findPublished(@Param("now") Instant now, Pageable pageable);

	@Query("""
			select new org.dateline.article.DeskArticleRow(a.id, a.headline, a.slug, s.name, a.status, a.createdBy,
			    a.updatedAt, a.publishedAt, a.scheduledAt)
			from Article a join a.section s
			order by a.updatedAt desc, a.id desc""")
	List<DeskArticleRow> findForDesk(Pageable pageable);

	@Query("select a.id from Article a where a.status = org.dateline.article.ArticleStatus.SCHEDULED and a.scheduledAt <= :now order by a.scheduledAt")
	List<Long> findDueForPublication(@Param("now") Instant now);

}
