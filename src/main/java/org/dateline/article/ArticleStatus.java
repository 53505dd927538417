package org.dateline.article;

import java.util.List;

import org.dateline.shared.DomainException;

/** Where a story is in the newsroom's workflow. See {@code docs/workflow.md}. */
public enum ArticleStatus {

	DRAFT("Draft"), IN_REVIEW("In review"), SCHEDULED("Scheduled"), PUBLISHED("Published"),
	UNPUBLISHED("Unpublished");

	private final String label;

	ArticleStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Refuses the workflow {@code move} unless this is one of the states it starts from. */
	void requireOneOf(String move, ArticleStatus... allowed) {
		if (!List.of(allowed).contains(this)) {
			throw new DomainException("A story that is " + label.toLowerCase() + " cannot " + move + ".");
		}
	}

}
