package org.dateline.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

	List<ArticleRevision> findByArticleIdOrderByIdDesc(Long articleId);

	Optional<ArticleRevision> findByIdAndArticleId(Long id, Long articleId);

	/** The revision a writer was looking at when the story had {@code version}. */
	@Query("""
			select r from ArticleRevision r
			where r.articleId = :articleId and r.articleVersion <= :version
			order by r.articleVersion desc, r.id desc limit 1""")
	Optional<ArticleRevision> findAsOfVersion(@Param("articleId") Long articleId, @Param("version") long version);

	Optional<ArticleRevision> findFirstByArticleIdOrderByIdDesc(Long articleId);

	long countByArticleId(Long articleId);

}
