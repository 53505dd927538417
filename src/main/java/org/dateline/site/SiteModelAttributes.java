package org.dateline.site;

import java.util.List;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.article.reader.ReaderArticles.SectionRef;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The section navigation every reader page shows (feeds and sitemaps have no use for it). */
@ControllerAdvice(assignableTypes = { FrontPageController.class, SectionPageController.class, SearchController.class,
		ArticlePageController.class, SubjectPageController.class })
class SiteModelAttributes {

	private final ReaderArticles articles;

	private final ResponseKeys keys;

	SiteModelAttributes(ReaderArticles articles, ResponseKeys keys) {
		this.articles = articles;
		this.keys = keys;
	}

	@ModelAttribute("navSections")
	List<SectionRef> navSections() {
		keys.add(CacheKeys.SECTIONS);
		return articles.sections();
	}

}
