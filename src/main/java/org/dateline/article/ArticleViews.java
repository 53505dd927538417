package org.dateline.article;

import java.time.Instant;
import java.util.List;

/** Read models for pages, each fetched in a fixed number of queries. */
public final class ArticleViews {

	private ArticleViews() {
	}

	/** A correction or update as readers see it. */
	public record CorrectionView(CorrectionKind kind, String text, Instant createdAt) {
	}

	/** Everything the story page shows. */
	public record ArticlePage(PublishedArticle article, List<String> bylines, List<CorrectionView> corrections) {
	}

	/** Where a slug leads: a story to show, or the current slug of a story that was renamed. */
	public sealed interface SlugLookup permits Found, MovedTo {
	}

	public record Found(ArticlePage page) implements SlugLookup {
	}

	public record MovedTo(String slug) implements SlugLookup {
	}

	/** Filters for the desk's story lists; {@code null} means any. */
	public record DeskFilter(Long sectionId, Long authorId, String headline) {

		public DeskFilter {
			headline = headline == null || headline.isBlank() ? null : headline.strip();
		}

		public static DeskFilter none() {
			return new DeskFilter(null, null, null);
		}

	}

}
