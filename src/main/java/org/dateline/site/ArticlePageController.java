package org.dateline.site;

import org.dateline.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published story's page. Anything else with that slug is a 404. */
@Controller
class ArticlePageController {

	private final ArticleService articles;

	ArticlePageController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("article", articles.findPublished(slug));
		return "site/article";
	}

}
