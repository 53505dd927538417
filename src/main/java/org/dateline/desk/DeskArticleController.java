package org.dateline.desk;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.Valid;

import org.dateline.account.DeskUser;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.Section;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a story and moving it through the workflow. */
@Controller
class DeskArticleController {

	static final String EDIT_VIEW = "desk/articles/edit";

	private final ArticleService articles;

	private final DatelineProperties properties;

	DeskArticleController(ArticleService articles, DatelineProperties properties) {
		this.articles = articles;
		this.properties = properties;
	}

	@ModelAttribute("sections")
	List<Section> sections() {
		return articles.sections();
	}

	@GetMapping("/desk/articles/new")
	String showCreateForm(Model model) {
		ArticleForm form = new ArticleForm();
		articles.sections().stream().findFirst().ifPresent(s -> form.setSectionId(s.getId()));
		model.addAttribute("form", form);
		return EDIT_VIEW;
	}

	@PostMapping("/desk/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		checkSection(form, result);
		if (result.hasErrors()) {
			return EDIT_VIEW;
		}
		try {
			Article article = articles.create(form.toCommand(), user.toActor());
			redirect.addFlashAttribute("message", "Story created as a draft.");
			return "redirect:/desk/articles/" + article.getId();
		}
		catch (DomainException ex) {
			result.reject("domain", ex.getMessage());
			return EDIT_VIEW;
		}
	}

	@GetMapping("/desk/articles/{id}")
	String showEditForm(@PathVariable long id, @CurrentUser DeskUser user, Model model) {
		Article article = visibleArticle(id, user);
		model.addAttribute("form", ArticleForm.from(article));
		model.addAttribute("article", article);
		return EDIT_VIEW;
	}

	@PostMapping("/desk/articles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			@CurrentUser DeskUser user, Model model, RedirectAttributes redirect) {
		Article article = visibleArticle(id, user);
		if (!article.isEditableBy(user.toActor())) {
			throw new AccessDeniedException("Story #" + id + " is not editable by " + user.getUsername());
		}
		model.addAttribute("article", article);
		checkSection(form, result);
		if (result.hasErrors()) {
			return EDIT_VIEW;
		}
		try {
			articles.update(id, form.toCommand(), user.toActor());
			redirect.addFlashAttribute("message", "Saved.");
			return "redirect:/desk/articles/" + id;
		}
		catch (DomainException ex) {
			result.reject("domain", ex.getMessage());
			return EDIT_VIEW;
		}
	}

	@PostMapping("/desk/articles/{id}/submit")
	String submit(@PathVariable long id, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		visibleArticle(id, user);
		return move(id, redirect, "Sent for review.", () -> articles.submit(id, user.toActor()));
	}

	@PostMapping("/desk/articles/{id}/return")
	String returnToDraft(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@CurrentUser DeskUser user, RedirectAttributes redirect) {
		return move(id, redirect, "Sent back to the writer.", () -> articles.returnToDraft(id, note, user.toActor()));
	}

	@PostMapping("/desk/articles/{id}/publish")
	String publish(@PathVariable long id, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		return move(id, redirect, "Published.", () -> articles.publish(id, user.toActor()));
	}

	@PostMapping("/desk/articles/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(defaultValue = "") String publishAt,
			@CurrentUser DeskUser user, RedirectAttributes redirect) {
		return move(id, redirect, "Scheduled.", () -> {
			LocalDateTime local;
			try {
				local = LocalDateTime.parse(publishAt.strip());
			}
			catch (DateTimeParseException ex) {
				throw new DomainException("Give the publish time as a date and a time, such as 2026-12-01T09:30.");
			}
			articles.schedule(id, local.atZone(properties.zone()).toInstant(), user.toActor());
		});
	}

	@PostMapping("/desk/articles/{id}/unpublish")
	String unpublish(@PathVariable long id, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		return move(id, redirect, "Unpublished. Readers no longer see this story.",
				() -> articles.unpublish(id, user.toActor()));
	}

	private String move(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/desk/articles/" + id;
	}

	/** The story, if this user may open it; reporters see only their own (403 otherwise). */
	private Article visibleArticle(long id, DeskUser user) {
		Article article = articles.get(id);
		if (!article.isVisibleTo(user.toActor())) {
			throw new AccessDeniedException("Story #" + id + " belongs to another writer");
		}
		return article;
	}

	private void checkSection(ArticleForm form, BindingResult result) {
		if (form.getSectionId() != null && !articles.sectionExists(form.getSectionId())) {
			result.rejectValue("sectionId", "unknown", "That section does not exist. Choose one from the list.");
		}
	}

}
