package org.dateline.shared;

/**
 * A domain event that belongs in the audit log. The account module records every one it sees,
 * so modules can be audited without depending on it.
 */
public interface AuditableEvent {

	/** The username of whoever did it, or {@code null} for the system (the scheduler). */
	String actor();

	/** A short upper-case verb such as {@code ARTICLE_PUBLISHED}. */
	String action();

	/** What it was done to, such as {@code article:42}. */
	String target();

	/** Anything else worth keeping, or {@code null}. */
	String detail();

}
