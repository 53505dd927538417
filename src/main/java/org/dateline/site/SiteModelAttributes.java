package org.dateline.site;

import java.util.List;

import org.dateline.article.ReaderArticles;
import org.dateline.article.ReaderArticles.SectionRef;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The section navigation every reader page shows (feeds and sitemaps have no use for it). */
@ControllerAdvice(assignableTypes = { FrontPageController.class, SectionPageController.class, SearchController.class,
		ArticlePageController.class, SubjectPageController.class })
class SiteModelAttributes {

	private final ReaderArticles articles;

	SiteModelAttributes(ReaderArticles articles) {
		this.articles = articles;
	}

	@ModelAttribute("navSections")
	List<SectionRef> navSections() {
		return articles.sections();
	}

}
