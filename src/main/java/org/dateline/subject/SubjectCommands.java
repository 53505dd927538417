package org.dateline.subject;

import java.time.LocalDate;
import java.util.List;

/** Commands the desk sends to {@link SubjectService}. */
public final class SubjectCommands {

	private SubjectCommands() {
	}

	/**
	 * Create a subject or save a new version of one. Fields that do not belong to the kind are
	 * ignored.
	 *
	 * @param slug the slug asked for, or blank to make one from the name
	 * @param expectedVersion the version the form was loaded with ({@code null} when creating)
	 */
	public record SaveSubject(SubjectKind kind, String name, String slug, String summary, List<String> aliases,
			String description, OrganizationKind organizationKind, String country, Long parentId,
			EventKind eventKind, EventTime start, EventTime end, String place, EventStatus status,
			Long expectedVersion) {

		public SaveSubject {
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

		/** The smallest command: a name of a kind, as the story editor creates one inline. */
		public static SaveSubject named(SubjectKind kind, String name) {
			return new SaveSubject(kind, name, null, null, List.of(), null, OrganizationKind.OTHER, null, null,
					EventKind.OTHER, null, null, null, EventStatus.SCHEDULED, null);
		}

	}

	public record AddAffiliation(long organizationId, String role, LocalDate since, LocalDate until,
			boolean current) {
	}

}
