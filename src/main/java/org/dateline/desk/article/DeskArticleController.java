package org.dateline.desk.article;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.dateline.account.DeskUser;
import org.dateline.article.Article;
import org.dateline.article.ArticleRevision;
import org.dateline.article.ArticleService;
import org.dateline.article.CorrectionKind;
import org.dateline.article.Mention;
import org.dateline.article.DuplicateSlugException;
import org.dateline.article.LinkCheck;
import org.dateline.article.section.Section;
import org.dateline.article.StaleArticleException;
import org.dateline.article.WordDiff;
import org.dateline.desk.CurrentUser;
import org.dateline.desk.Outcome;
import org.dateline.desk.subject.SubjectPicker;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.DomainException;
import org.dateline.shared.HtmlSanitizer;
import org.dateline.site.StoryPageModel;
import org.dateline.subject.SubjectDirectory;
import org.dateline.subject.SubjectDirectory.SubjectLine;
import org.dateline.subject.SubjectKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a story, autosaving it, and moving it through the workflow. */
@Controller
class DeskArticleController {

	static final String EDIT_VIEW = "desk/articles/edit";

	static final String CONFLICT_VIEW = "desk/articles/conflict";

	private final ArticleService articles;

	private final Bylines bylines;

	private final DatelineProperties properties;

	private final DeskArticleAccess access;

	private final SubjectPicker picker;

	private final SubjectDirectory directory;

	private final StoryPageModel storyPage;

	DeskArticleController(ArticleService articles, Bylines bylines, DatelineProperties properties,
			DeskArticleAccess access, SubjectPicker picker, SubjectDirectory directory, StoryPageModel storyPage) {
		this.articles = articles;
		this.access = access;
		this.bylines = bylines;
		this.properties = properties;
		this.picker = picker;
		this.directory = directory;
		this.storyPage = storyPage;
	}

	@ModelAttribute("prominences")
	Mention.Prominence[] prominences() {
		return Mention.Prominence.values();
	}

	@ModelAttribute("sections")
	List<Section> sections() {
		return articles.sections();
	}

	@ModelAttribute("correctionKinds")
	CorrectionKind[] correctionKinds() {
		return CorrectionKind.values();
	}

	@GetMapping("/desk/articles/new")
	String showCreateForm(@CurrentUser DeskUser user, Model model) {
		ArticleForm form = new ArticleForm();
		articles.sections().stream().findFirst().ifPresent(s -> form.setSectionId(s.getId()));
		form.setBylines("@" + user.getUsername());
		model.addAttribute("form", form);
		addLinkNames(model, form);
		return EDIT_VIEW;
	}

	@PostMapping("/desk/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result, @CurrentUser DeskUser user,
			Model model, RedirectAttributes redirect) {
		Bylines.Parsed parsed = validate(form, result, null);
		if (result.hasErrors()) {
			return reshow(form, model);
		}
		return saveOrReshow(form, result, model, () -> {
			Article article = articles.create(form.toCommand(parsed.bylines()), user.toActor());
			redirect.addFlashAttribute("message", "Story created as a draft.");
			redirect.addFlashAttribute("clearLocalDraft", true);
			return "redirect:/desk/articles/" + article.getId();
		});
	}

	@GetMapping("/desk/articles/{id}")
	String showEditForm(@PathVariable long id, @RequestParam(required = false) String restore,
			@CurrentUser DeskUser user, Model model) {
		Article article = access.visible(id, user);
		ArticleForm form = ArticleForm.from(article, bylines.format(article.getBylines()));
		articles.pendingAutosave(article, user.toActor()).ifPresent(autosave -> {
			if ("autosave".equals(restore)) {
				form.withAutosave(autosave);
				model.addAttribute("restoredAutosave", autosave);
			}
			else {
				model.addAttribute("pendingAutosave", autosave);
			}
		});
		model.addAttribute("form", form);
		addArticle(model, article, user);
		addLinkNames(model, form);
		return EDIT_VIEW;
	}

	@PostMapping("/desk/articles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			@CurrentUser DeskUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Article article = access.editable(id, user);
		addArticle(model, article, user);
		Bylines.Parsed parsed = validate(form, result, article);
		if (result.hasErrors()) {
			return reshow(form, model);
		}
		try {
			return saveOrReshow(form, result, model, () -> {
				if (form.getVersion() == null) {
					// a post that does not say which version it edits may be older than the story: never let
					// it overwrite someone else's save, show the conflict page instead
					throw new StaleArticleException(id, -1, article.getVersion());
				}
				articles.update(id, form.toCommand(parsed.bylines()), user.toActor());
				redirect.addFlashAttribute("message", "Saved.");
				return "redirect:/desk/articles/" + id;
			});
		}
		catch (StaleArticleException ex) {
			addLinkNames(model, form);
			return conflict(article, form, model, response);
		}
	}

	/** Runs {@code save}; a refusal (a slug in use, a rule of the story) shows the form again with the reason. */
	private String saveOrReshow(ArticleForm form, BindingResult result, Model model, Supplier<String> save) {
		try {
			return save.get();
		}
		catch (DuplicateSlugException ex) {
			result.rejectValue("slug", "taken", ex.getMessage());
			return reshow(form, model);
		}
		catch (DomainException ex) {
			result.reject("domain", ex.getMessage());
			return reshow(form, model);
		}
	}

	/**
	 * Someone saved since this writer loaded the story. Nothing is written: the page shows what the
	 * other person changed and gives the writer their own text back, ready to merge and save over
	 * the current version.
	 */
	private String conflict(Article current, ArticleForm yours, Model model, HttpServletResponse response) {
		long loadedVersion = yours.getVersion() == null ? 0 : yours.getVersion();
		ArticleRevision latest = articles.latestRevision(current.getId());
		ArticleRevision loaded = articles.revisionAsOf(current.getId(), loadedVersion).orElse(latest);
		model.addAttribute("theirHeadline", WordDiff.between(loaded.getHeadline(), latest.getHeadline()));
		model.addAttribute("theirBody", WordDiff.between(loaded.getBodyText(), latest.getBodyText()));
		model.addAttribute("theirRevision", latest);
		model.addAttribute("yourBody", WordDiff.between(latest.getBodyText(),
				HtmlSanitizer.toPlainText(HtmlSanitizer.sanitize(yours.bodyHtml()))));
		yours.setVersion(current.getVersion());
		model.addAttribute("form", yours);
		response.setStatus(HttpStatus.CONFLICT.value());
		return CONFLICT_VIEW;
	}

	@PostMapping("/desk/articles/{id}/autosave")
	@ResponseBody
	ResponseEntity<AutosaveResult> autosave(@PathVariable long id, @RequestParam(required = false) String headline,
			@RequestParam(required = false) String dek, @RequestParam(required = false) String body,
			@RequestParam(required = false) String dateline, @RequestParam(defaultValue = "0") long version,
			@CurrentUser DeskUser user) {
		access.visible(id, user);
		if (body != null && body.length() > ArticleForm.BODY_MAX) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(new AutosaveResult(false, "The body is over 1 MB; autosave is paused until it is shorter."));
		}
		try {
			var saved = articles.autosave(id, user.toActor(), headline, dek, body, dateline, version);
			return ResponseEntity.ok(new AutosaveResult(true, "Autosaved " + saved.getSavedAt()));
		}
		catch (DomainException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(new AutosaveResult(false, ex.getMessage()));
		}
	}

	record AutosaveResult(boolean saved, String message) {
	}

	@PostMapping("/desk/articles/{id}/autosave/discard")
	String discardAutosave(@PathVariable long id, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		access.visible(id, user);
		articles.discardAutosave(id, user.toActor());
		redirect.addFlashAttribute("message", "Autosaved text discarded.");
		return "redirect:/desk/articles/" + id;
	}

	/** The story exactly as readers would see it, built as the reader page builds it. */
	@GetMapping("/desk/articles/{id}/preview")
	String preview(@PathVariable long id, @CurrentUser DeskUser user, Model model) {
		access.visible(id, user);
		storyPage.addTo(model, articles.preview(id));
		model.addAttribute("preview", true);
		return "site/article";
	}

	@PostMapping("/desk/articles/{id}/submit")
	String submit(@PathVariable long id, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		access.visible(id, user);
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

	@PostMapping("/desk/articles/{id}/corrections")
	String addCorrection(@PathVariable long id, @RequestParam(defaultValue = "CORRECTION") CorrectionKind kind,
			@RequestParam(defaultValue = "") String text, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		return move(id, redirect, kind.label() + " added. Readers see it on the story now.",
				() -> articles.addCorrection(id, kind, text, user.toActor()));
	}

	private String move(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			Outcome.flash(redirect, success, action);
		}
		catch (StaleArticleException ex) {
			redirect.addFlashAttribute("error", "Someone else changed this story at the same moment. Check it and try again.");
		}
		return "redirect:/desk/articles/" + id;
	}

	private String reshow(ArticleForm form, Model model) {
		form.compactLinks();
		addLinkNames(model, form);
		return EDIT_VIEW;
	}

	/** The names of the linked subjects, for the panel (the form carries only their ids). */
	private void addLinkNames(Model model, ArticleForm form) {
		model.addAttribute("linkNames", directory.lines(form.listedSubjectIds()).stream()
			.collect(java.util.stream.Collectors.toMap(SubjectLine::id, line -> line)));
	}

	private void addArticle(Model model, Article article, DeskUser user) {
		model.addAttribute("article", article);
		model.addAttribute("editable", article.isEditableBy(user.toActor()));
		model.addAttribute("revisionCount", articles.revisionCount(article.getId()));
	}

	/** Checks what the annotations cannot. Bylines left empty keep the story's (a new story's are its writer's). */
	private Bylines.Parsed validate(ArticleForm form, BindingResult result, Article current) {
		validateLinks(form, result, current);
		if (form.getSectionId() != null && !articles.sectionExists(form.getSectionId())) {
			result.rejectValue("sectionId", "unknown", "That section does not exist. Choose one from the list.");
		}
		if (form.getBylines() == null || form.getBylines().isBlank()) {
			return new Bylines.Parsed(List.of(), Optional.empty());
		}
		Bylines.Parsed parsed = bylines.parse(form.getBylines());
		parsed.problem().ifPresent(problem -> result.rejectValue("bylines", "invalid", problem));
		return parsed;
	}

	/**
	 * Adds the subject typed in the panel's "link" field, and has the domain check the links (see
	 * {@link LinkCheck}): subjects gone from the record leave the list, links a merge moved come back.
	 */
	private void validateLinks(ArticleForm form, BindingResult result, Article current) {
		if (form.getAddSubject() != null && !form.getAddSubject().isBlank()) {
			try {
				form.addPickedLink(picker.pick(form.getAddSubject(), form.getAddSubjectId(),
						EnumSet.allOf(SubjectKind.class), "person, organization or event"));
			}
			catch (DomainException ex) {
				result.rejectValue("addSubject", "unknown", ex.getMessage());
			}
		}
		LinkCheck check = articles.checkLinks(current == null ? null : current.getId(),
				form.keptLinks().stream().map(ArticleForm.LinkRow::getSubjectId).toList(), form.listedSubjectIds());
		check.problem().ifPresent(problem -> {
			result.rejectValue("links", check.tooMany() ? "tooMany" : "gone", problem);
			form.getLinks().removeIf(r -> r != null && check.gone().contains(r.getSubjectId()));
			check.restored().forEach(m -> form.getLinks().add(new ArticleForm.LinkRow(m)));
		});
	}

}
