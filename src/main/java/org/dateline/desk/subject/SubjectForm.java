package org.dateline.desk.subject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.dateline.subject.Alias;
import org.dateline.subject.Event;
import org.dateline.subject.EventKind;
import org.dateline.subject.EventStatus;
import org.dateline.subject.EventTime;
import org.dateline.subject.Organization;
import org.dateline.subject.OrganizationKind;
import org.dateline.subject.Person;
import org.dateline.subject.Subject;
import org.dateline.subject.SubjectCommands.Cases;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectCommands.SaveSubject;
import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectNames;
import org.springframework.validation.BindingResult;

/** What the person, organization and event forms post; each kind uses the fields that are its own. */
class SubjectForm {

	@NotBlank(message = "Every subject needs a name.")
	@Size(max = Subject.NAME_MAX, message = "Keep the name to {max} characters or fewer.")
	private String name;

	@Size(max = 80, message = "Keep the slug to {max} characters or fewer.")
	@jakarta.validation.constraints.Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*",
			message = "A slug uses lower-case letters, digits and single hyphens, such as ilse-varga.")
	private String slug;

	@Size(max = Subject.SUMMARY_MAX, message = "Keep the summary to {max} characters or fewer.")
	private String summary;

	@Size(max = 10_000, message = "That is too many aliases.")
	private String aliases;

	@Size(max = Person.DESCRIPTION_MAX, message = "Keep the description to {max} characters or fewer.")
	private String description;

	private OrganizationKind organizationKind = OrganizationKind.OTHER;

	@Size(max = Organization.COUNTRY_MAX, message = "Keep the country to {max} characters or fewer.")
	private String country;

	/** The parent organization as typed; {@link #parentId} once picked from the list. */
	@Size(max = Subject.NAME_MAX)
	private String parent;

	private Long parentId;

	private EventKind eventKind = EventKind.OTHER;

	@Size(max = 40)
	private String start;

	@Size(max = 40)
	private String end;

	@Size(max = Event.PLACE_MAX, message = "Keep the place to {max} characters or fewer.")
	private String place;

	private EventStatus status = EventStatus.SCHEDULED;

	private Long version;

	/** The form for a subject as it is on record; an organization's parent still needs its name ({@link #setParent}). */
	static SubjectForm from(Subject subject) {
		SubjectForm form = new SubjectForm();
		SaveSubject current = subject.toCommand();
		form.name = current.name();
		form.slug = current.slug();
		form.summary = current.summary();
		form.aliases = String.join("\n", current.aliases());
		form.version = current.expectedVersion();
		current.match(new Cases<Void>() {

			@Override
			public Void person(SavePerson person) {
				form.description = person.description();
				return null;
			}

			@Override
			public Void organization(SaveOrganization organization) {
				form.organizationKind = organization.organizationKind();
				form.country = organization.country();
				form.parentId = organization.parentId();
				return null;
			}

			@Override
			public Void event(SaveEvent event) {
				form.eventKind = event.eventKind();
				form.start = event.start().toInput();
				form.end = event.end() == null ? null : event.end().toInput();
				form.place = event.place();
				form.status = event.status();
				return null;
			}

		});
		return form;
	}

	List<String> aliasList() {
		List<String> result = new ArrayList<>();
		if (aliases != null) {
			for (String line : aliases.split("\\R")) {
				if (!line.isBlank()) {
					result.add(line.strip());
				}
			}
		}
		return result;
	}

	/**
	 * The checks that need more than one field: aliases that repeat each other or the name, and
	 * event dates that cannot be read or end before they start. Each lands on its field.
	 */
	void validate(SubjectKind kind, BindingResult result) {
		String own = SubjectNames.normalize(name);
		Set<String> seen = new HashSet<>();
		for (String alias : aliasList()) {
			String normalized = SubjectNames.normalize(alias);
			if (alias.length() > Alias.MAX) {
				result.rejectValue("aliases", "long", "Keep each alias to " + Alias.MAX + " characters or fewer.");
			}
			else if (normalized.isEmpty()) {
				result.rejectValue("aliases", "empty", "The alias '" + alias + "' has no letters or digits.");
			}
			else if (!own.isEmpty() && normalized.equals(own)) {
				result.rejectValue("aliases", "own", "'" + alias + "' is the name itself, not an alias.");
			}
			else if (!seen.add(normalized)) {
				result.rejectValue("aliases", "duplicate",
						"The alias '" + alias + "' is listed twice (spellings that differ only in case, accents or punctuation count as the same).");
			}
		}
		if (kind == SubjectKind.EVENT) {
			Optional<EventTime> from = parse("start", start, result);
			Optional<EventTime> to = parse("end", end, result);
			if (from.isEmpty() && !result.hasFieldErrors("start")) {
				result.rejectValue("start", "required", "Give the start, as precisely as it is known: 2026, 2026-10 or 2026-10-04.");
			}
			if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
				result.rejectValue("end", "beforeStart", "The end (" + to.get().display()
						+ ") is before the start (" + from.get().display() + ").");
			}
		}
	}

	private static Optional<EventTime> parse(String field, String text, BindingResult result) {
		try {
			return EventTime.parse(text);
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue(field, "invalid", ex.getMessage());
			return Optional.empty();
		}
	}

	/** The command of the kind this form was posted for; call after {@link #validate} found nothing wrong. */
	SaveSubject toCommand(SubjectKind kind, Long resolvedParentId) {
		String wantedSlug = slug == null ? null : slug.strip();
		return switch (kind) {
			case PERSON -> new SavePerson(name, wantedSlug, summary, aliasList(), description, version);
			case ORGANIZATION -> new SaveOrganization(name, wantedSlug, summary, aliasList(), organizationKind, country,
					resolvedParentId, version);
			case EVENT -> new SaveEvent(name, wantedSlug, summary, aliasList(), eventKind,
					EventTime.parse(start).orElse(null), EventTime.parse(end).orElse(null), place, status, version);
		};
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getAliases() {
		return aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public OrganizationKind getOrganizationKind() {
		return organizationKind;
	}

	public void setOrganizationKind(OrganizationKind organizationKind) {
		this.organizationKind = organizationKind;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getParent() {
		return parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public EventKind getEventKind() {
		return eventKind;
	}

	public void setEventKind(EventKind eventKind) {
		this.eventKind = eventKind;
	}

	public String getStart() {
		return start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEnd() {
		return end;
	}

	public void setEnd(String end) {
		this.end = end;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public EventStatus getStatus() {
		return status;
	}

	public void setStatus(EventStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
