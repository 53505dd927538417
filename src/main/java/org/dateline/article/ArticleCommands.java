package org.dateline.article;


/** Commands the desk sends to {@link ArticleService}. */
public final class ArticleCommands {

	private ArticleCommands() {
	}

	/**
	 * Create a story or save a new version of one.
	 *
	 * @param slug the slug asked for, or blank to make one from the headline
	 * @param expectedVersion the version the form was loaded with ({@code null} when creating)
	 */
	public record SaveArticle(ArticleContent content, long sectionId, String slug, Long expectedVersion) {
	}

}
