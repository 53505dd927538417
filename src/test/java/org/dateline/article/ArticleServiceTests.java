package org.dateline.article;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleViews.Found;
import org.dateline.article.ArticleViews.MovedTo;
import org.dateline.shared.DomainException;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Revisions, restore, stale saves, slug aliases, corrections, autosave and the scheduler, on PostgreSQL. */
@IntegrationTest
class ArticleServiceTests {

	@Autowired
	ArticleService articles;

	@Autowired
	ScheduledPublisher publisher;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	DeskUser editor;

	long section;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR);
		section = articles.sections().get(0).getId();
	}

	SaveArticle save(String headline, String body, Long version) {
		return new SaveArticle(new ArticleContent(headline, null, body, "Oslo"), section, null, version);
	}

	SaveArticle saveWithSlug(String headline, String slug, Long version) {
		return new SaveArticle(new ArticleContent(headline, null, "<p>Text.</p>", "Oslo"), section, slug, version);
	}

	@Test
	void everySaveAppendsARevisionAndRestoringAppendsAnother() {
		Article article = articles.create(save("Ferry fares rise", "<p>First draft.</p>", null), editor.toActor());
		article = articles.update(article.getId(), save("Ferry fares rise by a tenth", "<p>Second draft.</p>",
				article.getVersion()), editor.toActor());
		article = articles.update(article.getId(), save("Ferry fares rise by ten percent", "<p>Third draft.</p>",
				article.getVersion()), editor.toActor());

		List<ArticleRevision> history = articles.revisions(article.getId());
		assertThat(history).extracting(ArticleRevision::getHeadline)
			.containsExactly("Ferry fares rise by ten percent", "Ferry fares rise by a tenth", "Ferry fares rise");
		ArticleRevision first = history.get(2);

		Article restored = articles.restore(article.getId(), first.getId(), editor.toActor());
		assertThat(restored.getHeadline()).isEqualTo("Ferry fares rise");
		assertThat(restored.getBodyHtml()).isEqualTo("<p>First draft.</p>");
		List<ArticleRevision> after = articles.revisions(article.getId());
		assertThat(after).hasSize(4);
		assertThat(after.get(0).getNote()).startsWith("Restored from revision");
		assertThat(after.get(1).getHeadline()).isEqualTo("Ferry fares rise by ten percent");
		assertThat(after.get(0).getAuthorId()).isEqualTo(editor.id());
	}

	@Test
	void aSaveAgainstAStaleVersionIsRefusedAndWritesNothing() {
		Article article = articles.create(save("Bridge closes for repairs", "<p>One.</p>", null), editor.toActor());
		long loaded = article.getVersion();
		articles.update(article.getId(), save("Bridge closes for two weeks", "<p>Two.</p>", loaded), editor.toActor());

		assertThatThrownBy(() -> articles.update(article.getId(), save("Bridge stays open", "<p>Three.</p>", loaded),
				editor.toActor()))
			.isInstanceOf(StaleArticleException.class);
		assertThat(articles.get(article.getId()).getHeadline()).isEqualTo("Bridge closes for two weeks");
		assertThat(articles.revisions(article.getId())).hasSize(2);
		assertThat(articles.revisionAsOf(article.getId(), loaded)).hasValueSatisfying(
				r -> assertThat(r.getHeadline()).isEqualTo("Bridge closes for repairs"));
	}

	@Test
	void renamingAPublishedStoryKeepsItsOldSlugAsARedirect() {
		Article article = articles.create(saveWithSlug("Mayor wins vote", "mayor-wins-vote", null), editor.toActor());
		articles.publish(article.getId(), editor.toActor());
		Article renamed = articles.update(article.getId(), saveWithSlug("Mayor wins confidence vote",
				"mayor-wins-confidence-vote", articles.get(article.getId()).getVersion()), editor.toActor());

		assertThat(articles.findPublished("mayor-wins-vote")).isEqualTo(new MovedTo("mayor-wins-confidence-vote"));
		assertThat(articles.findPublished("mayor-wins-confidence-vote")).isInstanceOf(Found.class);
		assertThat(articles.slugAvailable("mayor-wins-vote", null)).isFalse();
		assertThatThrownBy(() -> articles.create(saveWithSlug("Another", "mayor-wins-vote", null), editor.toActor()))
			.isInstanceOf(DuplicateSlugException.class);

		// Renaming back takes the old slug over again, with no alias pointing at itself.
		articles.update(renamed.getId(), saveWithSlug("Mayor wins vote", "mayor-wins-vote",
				articles.get(renamed.getId()).getVersion()), editor.toActor());
		assertThat(articles.findPublished("mayor-wins-vote")).isInstanceOf(Found.class);
		assertThat(articles.findPublished("mayor-wins-confidence-vote")).isEqualTo(new MovedTo("mayor-wins-vote"));
	}

	@Test
	void renamingADraftLeavesNoAlias() {
		Article article = articles.create(saveWithSlug("Draft rename", "draft-rename-one", null), editor.toActor());
		articles.update(article.getId(), saveWithSlug("Draft rename", "draft-rename-two", article.getVersion()),
				editor.toActor());
		assertThat(articles.slugAvailable("draft-rename-one", null)).isTrue();
	}

	@Test
	void aDuplicateSlugIsRefused() {
		articles.create(saveWithSlug("Taken", "slug-taken-here", null), editor.toActor());
		assertThatThrownBy(() -> articles.create(saveWithSlug("Taken too", "slug-taken-here", null), editor.toActor()))
			.isInstanceOf(DuplicateSlugException.class).hasMessageContaining("slug-taken-here");
	}

	@Test
	void aReporterAskingForTheSlugOfAStoryTheyCannotSeeGetsItAsIfItWereFree() {
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER);
		Article embargoed = articles.create(saveWithSlug("Minister to resign on Friday", "minister-resigns-embargo", null),
				editor.toActor());
		articles.schedule(embargoed.getId(), Instant.now().plus(Duration.ofDays(2)), editor.toActor());
		String topic = "Harbour strike talks collapse " + System.nanoTime();
		Article colleaguesDraft = articles.create(save(topic, "<p>Draft.</p>", null),
				new TestAccounts(context).create(Role.REPORTER).toActor());

		Article asked = articles.create(saveWithSlug("My story", "minister-resigns-embargo", null), reporter.toActor());
		Article derived = articles.create(save(topic, "<p>Mine.</p>", null),
				reporter.toActor());

		assertThat(asked.getSlug()).as("the slug asked for, exactly as if nobody held it")
			.isEqualTo("minister-resigns-embargo");
		assertThat(derived.getSlug()).as("no numbered suffix gives the colleague's draft away")
			.isEqualTo(colleaguesDraft.getSlug());
		// an editor sees every story, so an editor is told, and whoever puts the second one out is stopped
		assertThatThrownBy(() -> articles.create(saveWithSlug("Another", "minister-resigns-embargo", null),
				editor.toActor()))
			.isInstanceOf(DuplicateSlugException.class);
		assertThatThrownBy(() -> articles.publish(asked.getId(), editor.toActor()))
			.isInstanceOf(DuplicateSlugException.class)
			.hasMessageContaining("minister-resigns-embargo");
		assertThat(articles.get(asked.getId()).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		articles.publish(derived.getId(), editor.toActor());
		assertThatThrownBy(() -> articles.schedule(colleaguesDraft.getId(), Instant.now().plus(Duration.ofDays(1)),
				editor.toActor()))
			.isInstanceOf(DuplicateSlugException.class);
	}

	@Test
	void aReporterIsStillToldOfSlugsTheyCanSee() {
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER);
		Article own = articles.create(save("Ferry timetable", "<p>Mine.</p>", null), reporter.toActor());
		String topic = "Bridge reopens " + System.nanoTime();
		Article published = articles.create(save(topic, "<p>Text.</p>", null), editor.toActor());
		articles.publish(published.getId(), editor.toActor());

		assertThatThrownBy(() -> articles.create(saveWithSlug("Again", own.getSlug(), null), reporter.toActor()))
			.isInstanceOf(DuplicateSlugException.class);
		assertThatThrownBy(() -> articles.create(saveWithSlug("Again", published.getSlug(), null),
				reporter.toActor()))
			.isInstanceOf(DuplicateSlugException.class);
		assertThat(articles.create(save(topic, "<p>Mine.</p>", null), reporter.toActor()).getSlug())
			.isEqualTo(published.getSlug() + "-2");
	}

	@Test
	void correctionsShowOnThePublishedPageInOrder() {
		Article article = articles.create(save("Rail timetable changes", "<p>New times.</p>", null), editor.toActor());
		assertThatThrownBy(() -> articles.addCorrection(article.getId(), CorrectionKind.CORRECTION, "Too early",
				editor.toActor())).isInstanceOf(DomainException.class);
		articles.publish(article.getId(), editor.toActor());
		articles.addCorrection(article.getId(), CorrectionKind.CORRECTION, "An earlier version gave the wrong day.",
				editor.toActor());
		articles.addCorrection(article.getId(), CorrectionKind.UPDATE, "The operator confirmed the change.",
				editor.toActor());

		Found found = (Found) articles.findPublished(article.getSlug());
		assertThat(found.page().corrections()).extracting(ArticleViews.CorrectionView::text)
			.containsExactly("An earlier version gave the wrong day.", "The operator confirmed the change.");
		// created with no bylines, the story carries its writer's name
		assertThat(found.page().bylines()).containsExactly(editor.displayName());
		assertThat(articles.get(article.getId()).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void autosavedTextIsOfferedUntilTheWriterSaves() {
		Article article = articles.create(save("Autosave story", "<p>Saved.</p>", null), editor.toActor());
		assertThat(articles.pendingAutosave(articles.get(article.getId()), editor.toActor())).isEmpty();
		articles.autosave(article.getId(), editor.toActor(), "Autosave story", null, "<p>Typed but not saved.</p>",
				null, article.getVersion());
		assertThat(articles.pendingAutosave(articles.get(article.getId()), editor.toActor()))
			.hasValueSatisfying(a -> assertThat(a.getBody()).isEqualTo("<p>Typed but not saved.</p>"));

		articles.update(article.getId(), save("Autosave story", "<p>Typed and saved.</p>", article.getVersion()),
				editor.toActor());
		assertThat(articles.pendingAutosave(articles.get(article.getId()), editor.toActor())).isEmpty();
	}

	@Test
	void scheduledStoriesPublishAtTheirTimeExactlyOnceWithTwoInstancesRacing() throws Exception {
		Instant embargo = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Article article = articles.create(save("Embargoed report part " + i, "<p>Figures.</p>", null),
					editor.toActor());
			articles.schedule(article.getId(), embargo, editor.toActor());
			ids.add(article.getId());
		}

		assertThat(publisher.publishDue(embargo.minusSeconds(1))).isZero();
		assertThat(articles.get(ids.get(0)).getStatus()).isEqualTo(ArticleStatus.SCHEDULED);

		// Two "instances": two threads, each with its own transaction and connection, at the same moment.
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Integer> instance = () -> {
			start.await();
			return publisher.publishDue(embargo.plusSeconds(1));
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = pool.submit(instance);
			Future<Integer> b = pool.submit(instance);
			int published = a.get() + b.get();
			assertThat(published).isGreaterThanOrEqualTo(ids.size());
		}
		finally {
			pool.shutdownNow();
		}
		for (Long id : ids) {
			Article article = articles.get(id);
			assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
			assertThat(article.getPublishedAt()).isEqualTo(embargo);
			assertThat(jdbc.queryForObject(
					"select count(*) from audit_event where action = 'ARTICLE_PUBLISHED' and target = ?", Integer.class,
					"article:" + id)).as("publications of story %d", id).isEqualTo(1);
		}
		assertThat(publisher.publishDue(embargo.plusSeconds(60))).as("nothing left to publish").isZero();
	}

}
