package org.dateline.desk.article;

import java.util.List;
import java.util.Map;

import org.dateline.account.AccountService;
import org.dateline.account.DeskUser;
import org.dateline.article.Article;
import org.dateline.article.ArticleRevision;
import org.dateline.article.ArticleService;
import org.dateline.article.StaleArticleException;
import org.dateline.article.WordDiff;
import org.dateline.desk.CurrentUser;
import org.dateline.desk.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A story's revision history: every save, a word-level diff between any two, and restore. */
@Controller
class DeskRevisionController {

	private final ArticleService articles;

	private final AccountService accounts;

	private final DeskArticleAccess access;

	DeskRevisionController(ArticleService articles, AccountService accounts, DeskArticleAccess access) {
		this.articles = articles;
		this.access = access;
		this.accounts = accounts;
	}

	@GetMapping("/desk/articles/{id}/revisions")
	String history(@PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, @CurrentUser DeskUser user, Model model) {
		Article article = access.visible(id, user);
		List<ArticleRevision> revisions = articles.revisions(id);
		model.addAttribute("article", article);
		model.addAttribute("revisions", revisions);
		Map<Long, String> names = accounts.displayNames();
		model.addAttribute("authors", names);
		if (revisions.size() >= 1) {
			ArticleRevision newer = to == null ? revisions.get(0) : articles.revision(id, to);
			ArticleRevision older = from != null ? articles.revision(id, from)
					: revisions.size() > 1 ? revisions.get(1) : newer;
			model.addAttribute("older", older);
			model.addAttribute("newer", newer);
			model.addAttribute("headlineDiff", WordDiff.between(older.getHeadline(), newer.getHeadline()));
			model.addAttribute("dekDiff", WordDiff.between(nullToEmpty(older.getDek()), nullToEmpty(newer.getDek())));
			model.addAttribute("bodyDiff", WordDiff.between(older.getBodyText(), newer.getBodyText()));
		}
		return "desk/articles/revisions";
	}

	@PostMapping("/desk/articles/{id}/revisions/{revisionId}/restore")
	String restore(@PathVariable long id, @PathVariable long revisionId, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		access.editable(id, user);
		try {
			Outcome.flash(redirect, "Restored. The restored text is the newest revision; nothing was deleted.",
					() -> articles.restore(id, revisionId, user.toActor()));
		}
		catch (StaleArticleException ex) {
			redirect.addFlashAttribute("error", "Someone else saved at the same moment. Check the story and try again.");
		}
		return "redirect:/desk/articles/" + id;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
