package org.dateline.site;

import org.dateline.article.FrontPageService;
import org.dateline.article.ReaderArticles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the editors' top stories, the latest stories, and a block per section. */
@Controller
class FrontPageController {

	static final int LATEST = 10;

	static final int PER_SECTION = 4;

	private final ReaderArticles articles;

	private final FrontPageService frontPage;

	FrontPageController(ReaderArticles articles, FrontPageService frontPage) {
		this.articles = articles;
		this.frontPage = frontPage;
	}

	@GetMapping("/")
	String frontPage(Model model) {
		model.addAttribute("top", frontPage.forReaders());
		model.addAttribute("latest", articles.latest(LATEST));
		model.addAttribute("sectionBlocks", articles.sectionBlocks(PER_SECTION));
		return "site/front";
	}

}
