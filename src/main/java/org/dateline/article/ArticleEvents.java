package org.dateline.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.dateline.shared.AuditableEvent;

/** The domain events a story fires as it moves through the workflow. */
public final class ArticleEvents {

	private ArticleEvents() {
	}

	/** A workflow move on one story, audited against that story. */
	public interface StoryEvent extends AuditableEvent {

		Long articleId();

		@Override
		default String target() {
			return "article:" + articleId();
		}

		@Override
		default String detail() {
			return null;
		}

	}

	public record ArticleCreated(Long articleId, String slug, String actor) implements StoryEvent {
		public String action() {
			return "ARTICLE_CREATED";
		}

		public String detail() {
			return slug;
		}
	}

	public record ArticleSubmitted(Long articleId, String actor) implements StoryEvent {
		public String action() {
			return "ARTICLE_SUBMITTED";
		}
	}

	public record ArticleReturned(Long articleId, String actor, String note) implements StoryEvent {
		public String action() {
			return "ARTICLE_RETURNED";
		}

		public String detail() {
			return note;
		}
	}

	public record ArticleScheduled(Long articleId, String actor, Instant publishAt, boolean skippedReview)
			implements StoryEvent {
		public String action() {
			return "ARTICLE_SCHEDULED";
		}

		public String detail() {
			return "for " + publishAt + (skippedReview ? "; review skipped" : "");
		}
	}

	public record ArticlePublished(Long articleId, String slug, String actor, Instant publishedAt,
			boolean skippedReview) implements StoryEvent {
		public String action() {
			return "ARTICLE_PUBLISHED";
		}

		public String detail() {
			return skippedReview ? "review skipped" : null;
		}
	}

	public record ArticleUnpublished(Long articleId, String slug, String actor) implements StoryEvent {
		public String action() {
			return "ARTICLE_UNPUBLISHED";
		}

		public String detail() {
			return slug;
		}
	}

	public record CorrectionAdded(Long articleId, String actor, CorrectionKind kind, String text)
			implements StoryEvent {
		public String action() {
			return kind == CorrectionKind.CORRECTION ? "CORRECTION_ADDED" : "UPDATE_ADDED";
		}

		public String detail() {
			return text;
		}
	}

	/** A field's value before and after a change. */
	public record Change(String previous, String current) {

		/** The fields whose value differs between {@code before} and {@code after}, in the order of {@code after}. */
		static Map<String, Change> between(Map<String, String> before, Map<String, String> after) {
			Map<String, Change> changes = new LinkedHashMap<>();
			after.forEach((field, now) -> {
				if (!Objects.equals(before.get(field), now)) {
					changes.put(field, new Change(before.get(field), now));
				}
			});
			return changes;
		}

	}

	/**
	 * A live story's text was edited: the fields readers see that changed, each with its previous
	 * and current value. Not audited (the revision history already keeps every save).
	 */
	public record ArticleRevised(Long articleId, String slug, String actor, Instant at,
			Map<String, Change> changes) {
	}

}
