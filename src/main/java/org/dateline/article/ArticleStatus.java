package org.dateline.article;

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

}
