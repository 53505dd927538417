package org.dateline.desk;

import java.util.Map;

import org.dateline.account.AccountService;
import org.dateline.account.DeskUser;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.ArticleViews.DeskFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's front page: my drafts, stories in review, scheduled stories with their times, and
 * recently published ones, each filtered by section, author and headline. Reporters see only
 * their own stories.
 */
@Controller
class DeskController {

	static final int LIST_SIZE = 50;

	private final ArticleService articles;

	private final AccountService accounts;

	DeskController(ArticleService articles, AccountService accounts) {
		this.articles = articles;
		this.accounts = accounts;
	}

	@GetMapping("/desk")
	String dashboard(@RequestParam(required = false) Long section, @RequestParam(required = false) Long author,
			@RequestParam(required = false) String q, @CurrentUser DeskUser user, Model model) {
		boolean editor = user.toActor().isEditor();
		Long authorFilter = editor ? author : Long.valueOf(user.id());
		DeskFilter filter = new DeskFilter(section, authorFilter, q);
		DeskFilter mine = new DeskFilter(section, user.id(), q);
		model.addAttribute("myDrafts", articles.forDesk(ArticleStatus.DRAFT, mine, LIST_SIZE));
		model.addAttribute("inReview", articles.forDesk(ArticleStatus.IN_REVIEW, filter, LIST_SIZE));
		model.addAttribute("scheduled", articles.forDesk(ArticleStatus.SCHEDULED, filter, LIST_SIZE));
		model.addAttribute("published", articles.forDesk(ArticleStatus.PUBLISHED, filter, 20));
		if (editor) {
			model.addAttribute("otherDrafts", articles.forDesk(ArticleStatus.DRAFT, filter, LIST_SIZE).stream()
				.filter(row -> !Long.valueOf(user.id()).equals(row.createdBy()))
				.toList());
		}
		Map<Long, String> names = accounts.displayNames();
		model.addAttribute("authors", names);
		model.addAttribute("sectionsList", articles.sections());
		model.addAttribute("section", section);
		model.addAttribute("author", author);
		model.addAttribute("q", q);
		return "desk/dashboard";
	}

}
