package org.dateline.subject;

import java.util.List;

import org.dateline.subject.SubjectCommands.Change;

/**
 * A subject was saved against an older version than the one stored: someone else saved in
 * between. Nothing was written. When the save was a whole form, {@link #changes()} lists the fields
 * where the record now differs from what the editor sent, for the conflict page.
 */
public class StaleSubjectException extends org.dateline.shared.DomainException {

	private final long subjectId;

	private final List<Change> changes;

	public StaleSubjectException(long subjectId, long expectedVersion) {
		this(subjectId, expectedVersion, List.of());
	}

	public StaleSubjectException(long subjectId, long expectedVersion, List<Change> changes) {
		super("Someone else changed this record while you had it open (you loaded version " + expectedVersion
				+ "). Nothing of yours was saved; reload the page to see their change, then try again.");
		this.subjectId = subjectId;
		this.changes = List.copyOf(changes);
	}

	public long subjectId() {
		return subjectId;
	}

	/** The fields the record on file has that differ from the refused save, in form order. */
	public List<Change> changes() {
		return changes;
	}

}
