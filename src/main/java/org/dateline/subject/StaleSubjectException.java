package org.dateline.subject;

/**
 * A subject was saved against an older version than the one stored: someone else saved in
 * between. Nothing was written.
 */
public class StaleSubjectException extends org.dateline.shared.DomainException {

	private final long subjectId;

	public StaleSubjectException(long subjectId, long expectedVersion) {
		super("Someone else changed this record while you had it open (you loaded version " + expectedVersion
				+ "). Nothing of yours was saved; reload the page to see their change, then try again.");
		this.subjectId = subjectId;
	}

	public long subjectId() {
		return subjectId;
	}

}
