package org.dateline.site;

import java.util.List;

import org.dateline.article.ArticleService;
import org.dateline.article.reader.ArticleTeaser;
import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.article.ArticleViews.Found;
import org.dateline.article.ArticleViews.MovedTo;
import org.dateline.article.ArticleViews.SlugLookup;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.dateline.coverage.StoryCoverage.LinkedSubject;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A published story's page, with its subjects, the first mention of each linked in the body, and
 * expanded coverage. An old slug answers with a 301; anything else is a 404.
 */
@Controller
class ArticlePageController {

	private final ArticleService articles;

	private final StructuredData structuredData;

	private final ResponseKeys keys;

	private final StoryPageModel storyPage;

	ArticlePageController(ArticleService articles, StoryPageModel storyPage, StructuredData structuredData,
			ResponseKeys keys) {
		this.storyPage = storyPage;
		this.articles = articles;
		this.structuredData = structuredData;
		this.keys = keys;
	}

	@GetMapping("/articles/{slug}")
	Object show(@PathVariable String slug, Model model) {
		SlugLookup lookup = articles.findPublished(slug);
		if (lookup instanceof MovedTo moved) {
			RedirectView redirect = new RedirectView("/articles/" + moved.slug(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		ArticlePage page = ((Found) lookup).page();
		List<LinkedSubject> subjects = storyPage.addTo(model, page);
		keys.add(CacheKeys.story(page.article().id()), CacheKeys.section(page.article().sectionId()));
		subjects.forEach(subject -> keys.add(CacheKeys.subject(subject.id())));
		@SuppressWarnings("unchecked")
		List<ArticleTeaser> expanded = (List<ArticleTeaser>) model.getAttribute("expanded");
		keys.add(SiteKeys.stories(expanded));
		model.addAttribute("jsonLd", structuredData.newsArticle(page, subjects, (StoryPicture) model.getAttribute("lead")));
		return "site/article";
	}

}
