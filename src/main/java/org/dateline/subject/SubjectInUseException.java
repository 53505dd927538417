package org.dateline.subject;

import org.dateline.shared.DomainException;

/** A subject that stories link cannot be deleted; merging it into another is the way. */
public class SubjectInUseException extends DomainException {

	public SubjectInUseException(String name, long stories) {
		super(stories + (stories == 1 ? " story links " : " stories link ") + name
				+ " (listed under \"Stories linking here\"), so it cannot be deleted. "
				+ "Merge it into the subject it duplicates instead.");
	}

	/** When the count is not known: a story linked it between the check and the delete. */
	public SubjectInUseException(String name) {
		super("Stories link " + name + ", so it cannot be deleted. Merge it into the subject it duplicates instead.");
	}

}
