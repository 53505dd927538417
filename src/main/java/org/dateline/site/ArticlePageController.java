package org.dateline.site;

import org.dateline.article.ArticleService;
import org.dateline.article.ArticleViews.Found;
import org.dateline.article.ArticleViews.MovedTo;
import org.dateline.article.ArticleViews.SlugLookup;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/** A published story's page. An old slug answers with a 301; anything else is a 404. */
@Controller
class ArticlePageController {

	private final ArticleService articles;

	private final StructuredData structuredData;

	ArticlePageController(ArticleService articles, StructuredData structuredData) {
		this.articles = articles;
		this.structuredData = structuredData;
	}

	@GetMapping("/articles/{slug}")
	Object show(@PathVariable String slug, Model model) {
		SlugLookup lookup = articles.findPublished(slug);
		if (lookup instanceof MovedTo moved) {
			RedirectView redirect = new RedirectView("/articles/" + moved.slug(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		Found found = (Found) lookup;
		model.addAttribute("page", found.page());
		model.addAttribute("jsonLd", structuredData.newsArticle(found.page()));
		return "site/article";
	}

}
