package org.dateline.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Commands the desk sends to {@link SubjectService}. */
public final class SubjectCommands {

	private SubjectCommands() {
	}

	/**
	 * Create a subject or save a new version of one. There is one command per kind, each carrying
	 * only its own fields; the subject of that kind applies it ({@link Subject#save}), so no code
	 * asks which kind a subject is.
	 *
	 * <p>
	 * Every command has a {@code slug} (the slug asked for, or blank to make one from the name) and
	 * an {@code expectedVersion} (the version the form was loaded with; {@code null} when creating
	 * or when the caller does not guard against concurrent edits).
	 */
	public sealed interface SaveSubject permits SavePerson, SaveOrganization, SaveEvent {

		SubjectKind kind();

		String name();

		String slug();

		String summary();

		List<String> aliases();

		Long expectedVersion();

		/** The second half of the double dispatch: hands itself to the method of {@code subject}'s kind. */
		void applyTo(Subject subject, SubjectRules rules);

		/** Calls the case of this command's kind, for code that needs a kind's own fields (a form filling itself). */
		<R> R match(Cases<R> cases);

		/** Each field as an editor reads it, labelled, in the order of the form. */
		Map<String, String> fields();

	}

	/** One case per kind of subject; see {@link SaveSubject#match}. */
	public interface Cases<R> {

		R person(SavePerson command);

		R organization(SaveOrganization command);

		R event(SaveEvent command);

	}

	/** A field whose value on record differs from the one an editor is saving. */
	public record Change(String field, String onRecord, String yours) {
	}

	/**
	 * The fields in which {@code yours} (what an editor is saving, loaded at an older version)
	 * differs from {@code onRecord} (what someone else has saved since), for the conflict page.
	 * Blank and missing values count as the same, and surrounding spaces are ignored.
	 */
	public static List<Change> changes(SaveSubject onRecord, SaveSubject yours) {
		Map<String, String> theirs = onRecord.fields();
		Map<String, String> mine = yours.fields();
		List<Change> changes = new ArrayList<>();
		theirs.forEach((field, value) -> {
			String a = value == null ? "" : value.strip();
			String b = Objects.requireNonNullElse(mine.get(field), "").strip();
			if (!a.equals(b)) {
				changes.add(new Change(field, a, b));
			}
		});
		return changes;
	}

	private static Map<String, String> common(SaveSubject command) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Name", command.name());
		fields.put("Slug", command.slug());
		fields.put("Summary", command.summary());
		fields.put("Aliases", String.join("\n", command.aliases()));
		return fields;
	}

	public record SavePerson(String name, String slug, String summary, List<String> aliases, String description,
			Long expectedVersion) implements SaveSubject {

		public SavePerson {
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

		/** The smallest command: a name, as the story editor creates a person inline. */
		public static SavePerson named(String name, List<String> aliases) {
			return new SavePerson(name, null, null, aliases, null, null);
		}

		@Override
		public SubjectKind kind() {
			return SubjectKind.PERSON;
		}

		@Override
		public void applyTo(Subject subject, SubjectRules rules) {
			subject.saveAs(this, rules);
		}

		@Override
		public <R> R match(Cases<R> cases) {
			return cases.person(this);
		}

		@Override
		public Map<String, String> fields() {
			Map<String, String> fields = common(this);
			fields.put("Description", description);
			return fields;
		}

	}

	public record SaveOrganization(String name, String slug, String summary, List<String> aliases,
			OrganizationKind organizationKind, String country, Long parentId, Long expectedVersion)
			implements SaveSubject {

		public SaveOrganization {
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

		public static SaveOrganization named(String name) {
			return new SaveOrganization(name, null, null, List.of(), OrganizationKind.OTHER, null, null, null);
		}

		@Override
		public SubjectKind kind() {
			return SubjectKind.ORGANIZATION;
		}

		@Override
		public void applyTo(Subject subject, SubjectRules rules) {
			subject.saveAs(this, rules);
		}

		@Override
		public <R> R match(Cases<R> cases) {
			return cases.organization(this);
		}

		@Override
		public Map<String, String> fields() {
			Map<String, String> fields = common(this);
			fields.put("Kind", organizationKind == null ? null : organizationKind.label());
			fields.put("Country", country);
			return fields;
		}

	}

	/**
	 * @param start when it starts, as precisely as known (required)
	 * @param end when it ends, at the same precision as the start, or {@code null}
	 */
	public record SaveEvent(String name, String slug, String summary, List<String> aliases, EventKind eventKind,
			EventTime start, EventTime end, String place, EventStatus status, Long expectedVersion)
			implements SaveSubject {

		public SaveEvent {
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

		/** An event known only by its name and the day it starts, as the story editor creates one inline. */
		public static SaveEvent named(String name, LocalDate day) {
			return new SaveEvent(name, null, null, List.of(), EventKind.OTHER, EventTime.day(day), null, null,
					EventStatus.SCHEDULED, null);
		}

		@Override
		public SubjectKind kind() {
			return SubjectKind.EVENT;
		}

		@Override
		public void applyTo(Subject subject, SubjectRules rules) {
			subject.saveAs(this, rules);
		}

		@Override
		public <R> R match(Cases<R> cases) {
			return cases.event(this);
		}

		@Override
		public Map<String, String> fields() {
			Map<String, String> fields = common(this);
			fields.put("Kind", eventKind == null ? null : eventKind.label());
			fields.put("Start", start == null ? null : start.toInput());
			fields.put("End", end == null ? null : end.toInput());
			fields.put("Place", place);
			fields.put("Status", status == null ? null : status.label());
			return fields;
		}

	}

	public record AddAffiliation(long organizationId, String role, LocalDate since, LocalDate until,
			boolean current) {
	}

}
