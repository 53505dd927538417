package org.dateline.desk.subject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.dateline.account.DeskUser;
import org.dateline.coverage.SubjectListings;
import org.dateline.desk.CurrentUser;
import org.dateline.desk.Outcome;
import org.dateline.shared.DomainException;
import org.dateline.subject.EventKind;
import org.dateline.subject.EventStatus;
import org.dateline.subject.OrganizationKind;
import org.dateline.subject.StaleSubjectException;
import org.dateline.subject.Subject;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectDirectory;
import org.dateline.subject.SubjectDirectory.SubjectLine;
import org.dateline.subject.SubjectInUseException;
import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors manage people, organizations and events: list and search, create and edit with
 * aliases, roles, participants and follow-ups, merge duplicates, delete mistakes. One controller
 * serves the three kinds; {@code kind} in each path is {@code people}, {@code organizations} or
 * {@code events}.
 */
@Controller
class DeskSubjectController {

	static final String KINDS = "{kind:people|organizations|events}";

	static final String LIST_VIEW = "desk/subjects/list";

	static final String EDIT_VIEW = "desk/subjects/edit";

	static final int PAGE_SIZE = 50;

	private final SubjectService subjects;

	private final SubjectDirectory directory;

	private final SubjectListings coverage;

	private final SubjectPicker picker;

	DeskSubjectController(SubjectService subjects, SubjectDirectory directory, SubjectListings coverage,
			SubjectPicker picker) {
		this.subjects = subjects;
		this.directory = directory;
		this.coverage = coverage;
		this.picker = picker;
	}

	@ModelAttribute("organizationKinds")
	OrganizationKind[] organizationKinds() {
		return OrganizationKind.values();
	}

	@ModelAttribute("eventKinds")
	EventKind[] eventKinds() {
		return EventKind.values();
	}

	@ModelAttribute("eventStatuses")
	EventStatus[] eventStatuses() {
		return EventStatus.values();
	}

	@GetMapping("/desk/" + KINDS)
	String list(@PathVariable String kind, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		SubjectKind subjectKind = SubjectKind.fromPlural(kind);
		model.addAttribute("kind", subjectKind);
		model.addAttribute("q", q);
		model.addAttribute("results", directory.list(subjectKind, q, Math.min(Math.max(1, page), 100_000), PAGE_SIZE));
		return LIST_VIEW;
	}

	@GetMapping("/desk/" + KINDS + "/new")
	String showCreateForm(@PathVariable String kind, Model model) {
		model.addAttribute("kind", SubjectKind.fromPlural(kind));
		model.addAttribute("form", new SubjectForm());
		return EDIT_VIEW;
	}

	@PostMapping("/desk/" + KINDS)
	String create(@PathVariable String kind, @Valid @ModelAttribute("form") SubjectForm form, BindingResult result,
			@CurrentUser DeskUser user, Model model, RedirectAttributes redirect) {
		SubjectKind subjectKind = SubjectKind.fromPlural(kind);
		model.addAttribute("kind", subjectKind);
		form.validate(subjectKind, result);
		Long parentId = parent(subjectKind, form, result);
		if (result.hasErrors()) {
			return EDIT_VIEW;
		}
		try {
			Subject created = subjects.create(form.toCommand(subjectKind, parentId), user.toActor());
			redirect.addFlashAttribute("message", subjectKind.label() + " created.");
			return "redirect:/desk/" + kind + "/" + created.getId();
		}
		catch (DomainException ex) {
			result.reject("domain", ex.getMessage());
			return EDIT_VIEW;
		}
	}

	@GetMapping("/desk/" + KINDS + "/{id}")
	String showEditForm(@PathVariable String kind, @PathVariable long id, Model model) {
		SubjectKind subjectKind = SubjectKind.fromPlural(kind);
		Subject subject = subjects.get(id, subjectKind);
		model.addAttribute("form", formFor(subject));
		addSubject(model, subject);
		return EDIT_VIEW;
	}

	@PostMapping("/desk/" + KINDS + "/{id}")
	String update(@PathVariable String kind, @PathVariable long id, @Valid @ModelAttribute("form") SubjectForm form,
			BindingResult result, @CurrentUser DeskUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SubjectKind subjectKind = SubjectKind.fromPlural(kind);
		Subject subject = subjects.get(id, subjectKind);
		addSubject(model, subject);
		form.validate(subjectKind, result);
		Long parentId = parent(subjectKind, form, result);
		if (result.hasErrors()) {
			return EDIT_VIEW;
		}
		try {
			subjects.update(id, form.toCommand(subjectKind, parentId), user.toActor());
			redirect.addFlashAttribute("message", "Saved.");
			return "redirect:/desk/" + kind + "/" + id;
		}
		catch (StaleSubjectException ex) {
			return conflict(subject, form, ex, model, response);
		}
		catch (DomainException ex) {
			result.reject("domain", ex.getMessage());
			return EDIT_VIEW;
		}
	}

	/**
	 * Someone saved this subject since the editor loaded it. Nothing is written: the form comes back
	 * with the editor's own values, the fields the other person changed are listed with their new
	 * values, and saving again (now against the current version) keeps the editor's values.
	 */
	private String conflict(Subject current, SubjectForm yours, StaleSubjectException refused, Model model,
			HttpServletResponse response) {
		model.addAttribute("conflict", refused.changes());
		yours.setVersion(current.getVersion());
		model.addAttribute("form", yours);
		response.setStatus(HttpStatus.CONFLICT.value());
		return EDIT_VIEW;
	}

	// --- roles, participants, follow-ups -------------------------------------------------

	@PostMapping("/desk/people/{id}/affiliations")
	String affiliate(@PathVariable long id, @Valid @ModelAttribute RoleForm form, BindingResult result,
			@CurrentUser DeskUser user, RedirectAttributes redirect) {
		refuseOrRun(redirect, result, "roleForm", form, "Role added.", () -> {
			long orgId = pick(form.getOrganization(), form.getOrganizationId(), EnumSet.of(SubjectKind.ORGANIZATION),
					"organization");
			subjects.affiliate(id, new AddAffiliation(orgId, form.getRole(), date(form.getSince(), "start"),
					date(form.getUntil(), "end"), form.isCurrent()), form.getVersion(), user.toActor());
		});
		return "redirect:/desk/people/" + id + "#roles";
	}

	@PostMapping("/desk/people/{id}/affiliations/{affiliationId}/delete")
	String removeAffiliation(@PathVariable long id, @PathVariable long affiliationId, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		Outcome.flash(redirect, "Role removed.", () -> subjects.removeAffiliation(id, affiliationId, user.toActor()));
		return "redirect:/desk/people/" + id + "#roles";
	}

	@PostMapping("/desk/people/{id}/affiliations/{affiliationId}/current")
	String makeCurrent(@PathVariable long id, @PathVariable long affiliationId, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		Outcome.flash(redirect, "Current role changed.", () -> subjects.makeCurrent(id, affiliationId, user.toActor()));
		return "redirect:/desk/people/" + id + "#roles";
	}

	@PostMapping("/desk/events/{id}/participants")
	String addParticipant(@PathVariable long id, @Valid @ModelAttribute ParticipantForm form, BindingResult result,
			@CurrentUser DeskUser user, RedirectAttributes redirect) {
		refuseOrRun(redirect, result, "participantForm", form, "Participant added.", () -> subjects.addParticipant(id,
				pick(form.getParticipant(), form.getParticipantId(),
						EnumSet.of(SubjectKind.PERSON, SubjectKind.ORGANIZATION), "person or organization"),
				form.getRole(), user.toActor()));
		return "redirect:/desk/events/" + id + "#participants";
	}

	@PostMapping("/desk/events/{id}/participants/{participantId}/delete")
	String removeParticipant(@PathVariable long id, @PathVariable long participantId, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		Outcome.flash(redirect, "Participant removed.",
				() -> subjects.removeParticipant(id, participantId, user.toActor()));
		return "redirect:/desk/events/" + id + "#participants";
	}

	@PostMapping("/desk/events/{id}/follow-ups")
	String followUp(@PathVariable long id, @RequestParam(defaultValue = "") String event,
			@RequestParam(required = false) Long eventId, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		Outcome.flash(redirect, "Linked to the earlier event.", () -> subjects.followUpOn(id,
				pick(event, eventId, EnumSet.of(SubjectKind.EVENT), "event"), user.toActor()));
		return "redirect:/desk/events/" + id + "#follow-ups";
	}

	@PostMapping("/desk/events/{id}/follow-ups/{previousId}/delete")
	String dropFollowUp(@PathVariable long id, @PathVariable long previousId, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		Outcome.flash(redirect, "Link to the earlier event removed.",
				() -> subjects.dropFollowUp(id, previousId, user.toActor()));
		return "redirect:/desk/events/" + id + "#follow-ups";
	}

	// --- merge and delete ----------------------------------------------------------------

	@PostMapping("/desk/" + KINDS + "/{id}/merge")
	String merge(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String into,
			@RequestParam(required = false) Long intoId, @RequestParam(defaultValue = "false") boolean confirm,
			@CurrentUser DeskUser user, RedirectAttributes redirect) {
		SubjectKind subjectKind = SubjectKind.fromPlural(kind);
		subjects.get(id, subjectKind);
		if (!confirm) {
			redirect.addFlashAttribute("error", "Tick the box to confirm the merge; it cannot be undone.");
			return "redirect:/desk/" + kind + "/" + id + "#merge";
		}
		try {
			long survivor = pick(into, intoId, EnumSet.of(subjectKind), subjectKind.label().toLowerCase());
			Subject kept = subjects.merge(id, survivor, user.toActor());
			redirect.addFlashAttribute("message", "Merged. Links, names and roles now belong to " + kept.getName()
					+ ", and the old page redirects here.");
			return "redirect:/desk/" + kind + "/" + kept.getId();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/desk/" + kind + "/" + id + "#merge";
		}
	}

	@PostMapping("/desk/" + KINDS + "/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable long id, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		Subject subject = subjects.get(id, SubjectKind.fromPlural(kind));
		try {
			subjects.delete(id, user.toActor());
			redirect.addFlashAttribute("message", subject.getName() + " deleted.");
			return "redirect:/desk/" + kind;
		}
		catch (SubjectInUseException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/desk/" + kind + "/" + id + "#linking-title";
		}
	}

	// --- helpers -------------------------------------------------------------------------

	/**
	 * Runs a panel form's action for Post/Redirect/Get. A form that does not bind or validate, or an
	 * action the domain refuses, changes nothing: the page says why and shows the form as typed.
	 */
	private static void refuseOrRun(RedirectAttributes redirect, BindingResult result, String name, Object form,
			String success, Runnable action) {
		if (result.hasErrors()) {
			FieldError error = result.getFieldError();
			redirect.addFlashAttribute("error", error != null && !error.isBindingFailure() ? error.getDefaultMessage()
					: "The form sent something the desk could not read. Pick the entry again from the list.");
			redirect.addFlashAttribute(name, form);
			return;
		}
		Outcome.flash(redirect, success, action);
		if (redirect.getFlashAttributes().containsKey("error")) {
			redirect.addFlashAttribute(name, form);
		}
	}

	private void addSubject(Model model, Subject subject) {
		model.addAttribute("kind", subject.kind());
		model.addAttribute("subject", subject);
		model.addAttribute("linkingStories", coverage.storiesLinking(subject.getId(), 10));
		model.addAttribute("linkingCount", coverage.countStoriesLinking(subject.getId()));
		model.addAttribute("names", directory.lines(subject.referencedSubjects()).stream()
			.collect(Collectors.toMap(SubjectLine::id, line -> line)));
	}

	private SubjectForm formFor(Subject subject) {
		SubjectForm form = SubjectForm.from(subject);
		if (form.getParentId() != null) {
			form.setParent(subjects.get(form.getParentId()).getName());
		}
		return form;
	}

	/** The organization's parent from the form: picked from the list, or typed and resolved. */
	private Long parent(SubjectKind kind, SubjectForm form, BindingResult result) {
		if (kind != SubjectKind.ORGANIZATION) {
			return null;
		}
		try {
			String typed = form.getParent() == null ? "" : form.getParent().strip();
			if (typed.isEmpty()) {
				return null;
			}
			return pick(typed, form.getParentId(), EnumSet.of(SubjectKind.ORGANIZATION), "organization");
		}
		catch (DomainException ex) {
			result.rejectValue("parent", "unknown", ex.getMessage());
			return null;
		}
	}

	private long pick(String typed, Long id, Set<SubjectKind> kinds, String what) {
		return picker.pick(typed, id, kinds, what);
	}

	private static LocalDate date(String text, String which) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 1 || date.getYear() > 9999) {
				throw new DateTimeParseException("out of range", text, 0);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new DomainException("Give the " + which + " date as year-month-day, such as 2024-03-01.");
		}
	}

}
