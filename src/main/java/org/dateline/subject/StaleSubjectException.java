package org.dateline.subject;

/**
 * A subject was saved against an older version than the one stored: someone else saved in
 * between. Nothing was written.
 */
public class StaleSubjectException extends RuntimeException {

	private final long subjectId;

	public StaleSubjectException(long subjectId, long expectedVersion) {
		super("Subject #" + subjectId + " was saved by someone else since version " + expectedVersion + " was loaded.");
		this.subjectId = subjectId;
	}

	public long subjectId() {
		return subjectId;
	}

}
