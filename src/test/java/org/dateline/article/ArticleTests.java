package org.dateline.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.dateline.article.ArticleEvents.ArticlePublished;
import org.dateline.article.ArticleEvents.ArticleReturned;
import org.dateline.article.ArticleEvents.ArticleScheduled;
import org.dateline.article.ArticleEvents.ArticleSubmitted;
import org.dateline.article.ArticleEvents.ArticleUnpublished;
import org.dateline.article.section.Section;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Role;
import org.dateline.shared.Slug;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every allowed and refused workflow move, on the aggregate alone. */
class ArticleTests {

	static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	final Actor reporter = new Actor(1, "rita", Role.REPORTER);

	final Actor otherReporter = new Actor(2, "otto", Role.REPORTER);

	final Actor editor = new Actor(3, "eddie", Role.EDITOR);

	final Actor admin = new Actor(4, "ada", Role.ADMIN);

	Article draftBy(Actor author) {
		return new Article(new Slug("talks-in-rome"),
				new ArticleContent("Talks in Rome", null, "<p>Envoys met.</p><script>x()</script>", "Rome"),
				new Section("news", "News", 0), author, clock);
	}

	@Test
	void aNewStoryIsADraftWithSanitizedBodyAndPlainText() {
		Article article = draftBy(reporter);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.getBodyHtml()).isEqualTo("<p>Envoys met.</p>");
		assertThat(article.getBodyText()).isEqualTo("Envoys met.");
		assertThat(article.getCreatedBy()).isEqualTo(1L);
	}

	@Test
	void aNewStoryNobodyWasNamedOnIsBylinedToItsWriter() {
		Actor writer = new Actor(1, "rita", Role.REPORTER, "Rita Moreno");
		assertThat(draftBy(writer).getBylines()).containsExactly(Byline.ofUser(1, "Rita Moreno"));
	}

	@Test
	void aNewStoryKeepsTheBylinesItWasGiven() {
		Article article = new Article(new Slug("wire-copy"),
				new ArticleContent("Wire copy", null, "<p>x</p>", null, java.util.List.of(Byline.ofName("Wire staff")),
						java.util.List.of()),
				new Section("news", "News", 0), reporter, clock);
		assertThat(article.getBylines()).containsExactly(Byline.ofName("Wire staff"));
	}

	@Test
	void savingWithoutBylinesKeepsTheStorysBylines() {
		Article article = draftBy(new Actor(1, "rita", Role.REPORTER, "Rita Moreno"));
		article.revise(new ArticleContent("Talks in Rome resume", null, "<p>Envoys met again.</p>", "Rome"),
				article.getSection(), reporter, clock);
		assertThat(article.getBylines()).containsExactly(Byline.ofUser(1, "Rita Moreno"));
	}

	@Test
	void theAuthorSubmitsADraftForReview() {
		Article article = draftBy(reporter);
		article.submitForReview(reporter, clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(article.pendingEvents()).hasOnlyElementsOfType(ArticleSubmitted.class);
	}

	@Test
	void anotherReporterCannotSubmitSomeoneElsesDraft() {
		Article article = draftBy(reporter);
		assertThatThrownBy(() -> article.submitForReview(otherReporter, clock)).isInstanceOf(DomainException.class)
			.hasMessageContaining("only their own");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void aStoryInReviewCannotBeSubmittedAgain() {
		Article article = draftBy(reporter);
		article.submitForReview(reporter, clock);
		assertThatThrownBy(() -> article.submitForReview(reporter, clock)).isInstanceOf(DomainException.class)
			.hasMessage("A story that is in review cannot submit for review.");
	}

	@Test
	void anEditorReturnsAStoryWithANote() {
		Article article = draftBy(reporter);
		article.submitForReview(reporter, clock);
		article.returnToDraft(editor, "Needs a second source", clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.pendingEvents()).last().isInstanceOfSatisfying(ArticleReturned.class,
				e -> assertThat(e.note()).isEqualTo("Needs a second source"));
	}

	@Test
	void aReporterCannotReturnOrPublishOrScheduleOrUnpublish() {
		Article article = draftBy(reporter);
		article.submitForReview(reporter, clock);
		assertThatThrownBy(() -> article.returnToDraft(reporter, "", clock)).hasMessage("Only an editor can send a story back.");
		assertThatThrownBy(() -> article.publish(reporter, clock)).hasMessage("Only an editor can publish a story.");
		assertThatThrownBy(() -> article.schedule(reporter, NOW.plusSeconds(60), clock))
			.hasMessage("Only an editor can schedule a story.");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
	}

	@Test
	void anEditorPublishesAReviewedStory() {
		Article article = draftBy(reporter);
		article.submitForReview(reporter, clock);
		article.publish(editor, clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(NOW);
		assertThat(article.pendingEvents()).last().isInstanceOfSatisfying(ArticlePublished.class,
				e -> assertThat(e.skippedReview()).isFalse());
	}

	@Test
	void publishingADraftDirectlyIsAllowedForEditorsAndRecordedAsSkippingReview() {
		Article article = draftBy(reporter);
		article.publish(admin, clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.pendingEvents()).last().isInstanceOfSatisfying(ArticlePublished.class,
				e -> assertThat(e.skippedReview()).isTrue());
	}

	@Test
	void aPublishedStoryCannotBePublishedTwice() {
		Article article = draftBy(reporter);
		article.publish(editor, clock);
		assertThatThrownBy(() -> article.publish(editor, clock)).isInstanceOf(DomainException.class)
			.hasMessage("A story that is published cannot publish.");
	}

	@Test
	void schedulingNeedsAFutureTime() {
		Article article = draftBy(reporter);
		assertThatThrownBy(() -> article.schedule(editor, NOW.minusSeconds(1), clock))
			.hasMessage("The publish time must be in the future.");
		assertThatThrownBy(() -> article.schedule(editor, NOW, clock)).isInstanceOf(DomainException.class);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void aScheduledStoryGoesLiveAtItsTimeAndNotBefore() {
		Article article = draftBy(reporter);
		Instant embargo = NOW.plus(Duration.ofHours(2));
		article.schedule(editor, embargo, clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(article.pendingEvents()).last().isInstanceOf(ArticleScheduled.class);

		assertThatThrownBy(() -> article.publishScheduled(clock)).hasMessageContaining("embargoed");
		article.publishScheduled(Clock.fixed(embargo.plusSeconds(5), ZoneOffset.UTC));
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(embargo);
	}

	@Test
	void aScheduledStoryCanBeSentBack() {
		Article article = draftBy(reporter);
		article.schedule(editor, NOW.plusSeconds(3600), clock);
		article.returnToDraft(editor, "Hold it", clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.getScheduledAt()).isNull();
	}

	@Test
	void unpublishingTakesAStoryDownAndItCanGoBackUp() {
		Article article = draftBy(reporter);
		article.publish(editor, clock);
		article.unpublish(editor, clock);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(article.pendingEvents()).last().isInstanceOf(ArticleUnpublished.class);
		assertThatThrownBy(() -> article.unpublish(editor, clock)).isInstanceOf(DomainException.class);

		Clock later = Clock.offset(clock, Duration.ofHours(1));
		article.publish(editor, later);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(NOW);
		assertThat(article.getContentUpdatedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
	}

	@Test
	void aDraftCannotBeUnpublished() {
		Article article = draftBy(reporter);
		assertThatThrownBy(() -> article.unpublish(editor, clock)).hasMessage("A story that is draft cannot unpublish.");
	}

	@Test
	void editingALiveStoryKeepsItLiveAndMarksItUpdated() {
		Article article = draftBy(reporter);
		article.publish(editor, clock);
		Clock later = Clock.offset(clock, Duration.ofMinutes(30));
		article.revise(new ArticleContent("Talks in Rome end", null, "<p>Done.</p>", "Rome"),
				article.getSection(), editor, later);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getContentUpdatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
	}

	@Test
	void reportersMayEditOnlyTheirOwnUnpublishedStories() {
		Article article = draftBy(reporter);
		assertThat(article.isEditableBy(reporter)).isTrue();
		assertThat(article.isEditableBy(otherReporter)).isFalse();
		assertThat(article.isEditableBy(editor)).isTrue();
		article.publish(editor, clock);
		assertThat(article.isEditableBy(reporter)).isFalse();
		assertThatThrownBy(() -> article.revise(new ArticleContent("x", null, "", null), article.getSection(),
				reporter, clock)).isInstanceOf(DomainException.class);
	}

	@Test
	void onlyAPublishedStoryIsBackdatedAndNeverPublishedBeforeItWasWritten() {
		Article article = draftBy(reporter);
		Instant written = NOW.minus(Duration.ofDays(3));
		Instant published = written.plus(Duration.ofHours(2));
		assertThatThrownBy(() -> article.backdate(written, published)).isInstanceOf(DomainException.class);
		article.publish(editor, clock);
		assertThatThrownBy(() -> article.backdate(published, written)).isInstanceOf(DomainException.class);
		article.backdate(written, published);
		assertThat(article.getPublishedAt()).isEqualTo(published);
		assertThat(article.getCreatedAt()).isEqualTo(written);
	}

}
