package org.dateline.desk.article;

import org.dateline.article.ArticleStatus;
import org.dateline.article.ArticleViews.DeskFilter;
import org.dateline.article.ArticleService;
import org.dateline.article.frontpage.FrontPageService;
import org.dateline.desk.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors choose and order the front page's top stories, with up and down buttons. */
@Controller
class DeskFrontPageController {

	private final FrontPageService frontPage;

	private final ArticleService articles;

	DeskFrontPageController(FrontPageService frontPage, ArticleService articles) {
		this.frontPage = frontPage;
		this.articles = articles;
	}

	@GetMapping("/desk/front-page")
	String show(Model model) {
		model.addAttribute("slots", frontPage.forDesk());
		model.addAttribute("candidates", articles.forDesk(ArticleStatus.PUBLISHED, DeskFilter.none(), 40));
		model.addAttribute("max", FrontPageService.MAX_TOP_STORIES);
		return "desk/front-page";
	}

	@PostMapping("/desk/front-page")
	String add(@RequestParam long articleId, RedirectAttributes redirect) {
		Outcome.flash(redirect, "Added to the top stories.", () -> frontPage.add(articleId));
		return "redirect:/desk/front-page";
	}

	@PostMapping("/desk/front-page/{articleId}/up")
	String up(@PathVariable long articleId) {
		frontPage.move(articleId, -1);
		return "redirect:/desk/front-page";
	}

	@PostMapping("/desk/front-page/{articleId}/down")
	String down(@PathVariable long articleId) {
		frontPage.move(articleId, +1);
		return "redirect:/desk/front-page";
	}

	@PostMapping("/desk/front-page/{articleId}/remove")
	String remove(@PathVariable long articleId, RedirectAttributes redirect) {
		frontPage.remove(articleId);
		redirect.addFlashAttribute("message", "Removed from the top stories.");
		return "redirect:/desk/front-page";
	}

}
