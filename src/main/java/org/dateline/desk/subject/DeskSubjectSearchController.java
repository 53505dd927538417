package org.dateline.desk.subject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dateline.account.DeskUser;
import org.dateline.desk.CurrentUser;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.DomainException;
import org.dateline.subject.OrganizationKind;
import org.dateline.subject.Subject;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectCommands.SaveSubject;
import org.dateline.subject.SubjectDirectory;
import org.dateline.subject.SubjectDirectory.SubjectLine;
import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON behind the desk's pickers: search-as-you-type over subjects (any desk user), and the
 * story editor's "create it now" for a subject not yet on record (editors).
 */
@RestController
class DeskSubjectSearchController {

	static final int LIMIT = 12;

	private final SubjectDirectory directory;

	private final SubjectService subjects;

	private final java.time.Clock clock;

	private final DatelineProperties properties;

	DeskSubjectSearchController(SubjectDirectory directory, SubjectService subjects, java.time.Clock clock,
			DatelineProperties properties) {
		this.directory = directory;
		this.subjects = subjects;
		this.clock = clock;
		this.properties = properties;
	}

	@GetMapping("/desk/subjects/search")
	List<SubjectLine> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "PERSON,ORGANIZATION,EVENT") List<String> kind) {
		Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);
		for (String k : kind) {
			try {
				kinds.add(SubjectKind.valueOf(k.strip().toUpperCase(java.util.Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				// an unknown kind narrows nothing
			}
		}
		if (kinds.isEmpty() || q.length() > Subject.NAME_MAX) {
			return List.of();
		}
		return directory.search(q, kinds, LIMIT);
	}

	record Created(SubjectLine subject, String error) {
	}

	/**
	 * Creates a subject from a name and a kind, as the story editor's "create it now" and an accepted
	 * suggestion do; an event starts today until an editor says otherwise. A suggested person may
	 * come with aliases (short forms from the text), a role and an organization: the organization is
	 * found by name, or created, and the role becomes the person's current one, all in one
	 * transaction ({@link SubjectService#createWithRole}).
	 */
	@PostMapping("/desk/subjects")
	ResponseEntity<Created> create(@RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String aliases,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String organization,
			@CurrentUser DeskUser user) {
		SubjectKind subjectKind;
		try {
			subjectKind = SubjectKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body(new Created(null, "Choose whether it is a person, an organization or an event."));
		}
		if (name.isBlank()) {
			return ResponseEntity.badRequest().body(new Created(null, "Type the name first."));
		}
		List<SubjectLine> existing = directory.resolve(name, EnumSet.of(subjectKind));
		if (existing.size() > 1) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(new Created(null, "Several subjects are called "
					+ name.strip() + ". Find the right one with the search field above, or add a detail to the name."));
		}
		if (!existing.isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(new Created(existing.get(0),
					existing.get(0).name() + " is already on record; it has been linked instead."));
		}
		try {
			List<String> aliasList = java.util.Arrays.stream(aliases.split("[\\n|]")).map(String::strip)
				.filter(a -> !a.isEmpty() && !org.dateline.subject.SubjectNames.normalize(a)
					.equals(org.dateline.subject.SubjectNames.normalize(name)))
				.distinct().toList();
			SaveSubject command = switch (subjectKind) {
				case PERSON -> SavePerson.named(name, aliasList);
				case ORGANIZATION -> new SaveOrganization(name, null, null, aliasList, OrganizationKind.OTHER, null, null,
						null);
				case EVENT -> SaveEvent.named(name, LocalDate.now(clock.withZone(properties.zone())));
			};
			Subject created = subjectKind == SubjectKind.PERSON && !organization.isBlank()
					? subjects.createWithRole(SavePerson.named(name, aliasList), organization.strip(), role, user.toActor())
					: subjects.create(command, user.toActor());
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new Created(directory.lines(List.of(created.getId())).get(0), null));
		}
		catch (DomainException ex) {
			return ResponseEntity.badRequest().body(new Created(null, ex.getMessage()));
		}
	}

}
