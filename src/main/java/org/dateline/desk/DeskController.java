package org.dateline.desk;

import java.util.List;
import java.util.Map;

import org.dateline.account.AccountService;
import org.dateline.account.DeskUser;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.DeskArticleRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's front page: the stories people are working on. */
@Controller
class DeskController {

	private final ArticleService articles;

	private final AccountService accounts;

	DeskController(ArticleService articles, AccountService accounts) {
		this.articles = articles;
		this.accounts = accounts;
	}

	@GetMapping("/desk")
	String dashboard(@CurrentUser DeskUser user, Model model) {
		List<DeskArticleRow> recent = articles.recentForDesk(200);
		if (!user.toActor().isEditor()) {
			recent = recent.stream().filter(a -> Long.valueOf(user.id()).equals(a.createdBy())).toList();
		}
		model.addAttribute("myDrafts", recent.stream()
			.filter(a -> a.status() == ArticleStatus.DRAFT && Long.valueOf(user.id()).equals(a.createdBy()))
			.toList());
		model.addAttribute("inReview", recent.stream().filter(a -> a.status() == ArticleStatus.IN_REVIEW).toList());
		model.addAttribute("scheduled", recent.stream().filter(a -> a.status() == ArticleStatus.SCHEDULED).toList());
		model.addAttribute("published", recent.stream().filter(a -> a.status() == ArticleStatus.PUBLISHED).limit(20).toList());
		model.addAttribute("allStories", recent);
		Map<Long, String> names = accounts.displayNames();
		model.addAttribute("authors", names);
		return "desk/dashboard";
	}

}
