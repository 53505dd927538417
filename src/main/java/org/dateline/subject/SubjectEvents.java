package org.dateline.subject;

import org.dateline.shared.AuditableEvent;

/** What happens to subjects, for the audit log and for whatever keeps copies of their names. */
public final class SubjectEvents {

	private SubjectEvents() {
	}

	/** A subject was created or changed (its names, details, roles or participants). */
	public record SubjectSaved(long subjectId, SubjectKind kind, String slug, String actor, boolean created,
			String what) implements AuditableEvent {
		public String action() {
			return created ? "SUBJECT_CREATED" : "SUBJECT_UPDATED";
		}

		public String target() {
			return "subject:" + subjectId;
		}

		public String detail() {
			return what == null ? slug : slug + ": " + what;
		}
	}

	/**
	 * {@code loserId} is being merged into {@code survivorId}. Published inside the merge's
	 * transaction, before the loser is deleted, so that other modules move their links to the
	 * survivor in the same transaction.
	 */
	public record SubjectsMerged(long loserId, long survivorId, String loserName, String loserSlug, String actor)
			implements AuditableEvent {
		public String action() {
			return "SUBJECTS_MERGED";
		}

		public String target() {
			return "subject:" + survivorId;
		}

		public String detail() {
			return "absorbed '" + loserName + "' (" + loserSlug + ", #" + loserId + ")";
		}
	}

	public record SubjectDeleted(long subjectId, String name, String actor) implements AuditableEvent {
		public String action() {
			return "SUBJECT_DELETED";
		}

		public String target() {
			return "subject:" + subjectId;
		}

		public String detail() {
			return name;
		}
	}

}
