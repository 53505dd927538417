package org.dateline.article;

/**
 * A save was made against an older version of a story than the one stored: someone else saved
 * in between. Nothing was written; the desk shows the conflict page.
 */
public class StaleArticleException extends RuntimeException {

	private final long articleId;

	private final long expectedVersion;

	private final long currentVersion;

	public StaleArticleException(long articleId, long expectedVersion, long currentVersion) {
		super("Story #" + articleId + " was saved by someone else since version " + expectedVersion + " was loaded.");
		this.articleId = articleId;
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
	}

	public long articleId() {
		return articleId;
	}

	public long expectedVersion() {
		return expectedVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

}
