package org.dateline.site;

import org.dateline.article.ArticleService;
import org.dateline.article.ArticleTeaser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the latest published stories, newest first. */
@Controller
class FrontPageController {

	private final ArticleService articles;

	FrontPageController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String frontPage(Model model) {
		Page<ArticleTeaser> latest = articles.latestPublished(PageRequest.of(0, 30));
		model.addAttribute("latest", latest.getContent());
		return "site/front";
	}

}
