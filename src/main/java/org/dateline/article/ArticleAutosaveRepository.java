package org.dateline.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleAutosaveRepository extends JpaRepository<ArticleAutosave, ArticleAutosave.Key> {
}
