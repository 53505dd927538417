package org.dateline.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.shared.Role;
import org.dateline.support.Eventually;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reader pages that miss the cache are built a few at a time; the rest wait their turn and are
 * then served, and the desk never waits behind them.
 */
@IntegrationTest
class ReaderBuildsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReaderBuilds builds;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	@Test
	void aDeskSaveCompletesWhileEveryReaderBuildIsTakenAndTheReadersAreServedAfterwards() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		long section = articles.sections().get(0).getId();
		List<Article> stories = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Article draft = articles.create(new SaveArticle(new ArticleContent("Queued reader story " + i + " "
					+ System.nanoTime(), null, "<p>Waiting its turn.</p>", null), section, null, null), editor.toActor());
			stories.add(articles.publish(draft.getId(), editor.toActor()));
		}
		Article draft = articles.create(new SaveArticle(new ArticleContent("Desk draft beside readers", null,
				"<p>First words.</p>", null), section, null, null), editor.toActor());

		ExecutorService readers = Executors.newFixedThreadPool(stories.size());
		int held = 0;
		try {
			// every turn taken, as by pages being built
			for (; held < builds.limit(); held++) {
				assertThat(builds.enter()).isTrue();
			}
			List<Future<MockHttpServletResponse>> pages = new ArrayList<>();
			for (Article story : stories) {
				pages.add(readers.submit(() -> mvc.perform(get("/articles/" + story.getSlug())).andReturn().getResponse()));
			}
			Eventually.await("the readers waiting for a turn", Duration.ofSeconds(30), () -> builds.waiting() == stories.size());

			MockHttpServletResponse saved = mvc.perform(post("/desk/articles/" + draft.getId()).with(user(editor)).with(csrf())
				.param("headline", "Desk draft beside readers")
				.param("body", "Saved while every reader build was taken.")
				.param("sectionId", String.valueOf(section))
				.param("version", String.valueOf(draft.getVersion()))).andReturn().getResponse();
			assertThat(saved.getStatus()).as("the desk save").isEqualTo(302);
			assertThat(articles.get(draft.getId()).getBodyText()).contains("Saved while every reader build was taken.");

			MockHttpServletResponse signedIn = mvc.perform(get("/articles/" + stories.get(0).getSlug()).with(user(editor)))
				.andReturn().getResponse();
			assertThat(signedIn.getStatus()).as("a desk user's look at the reader page").isEqualTo(200);

			assertThat(pages).as("readers still waiting").noneMatch(Future::isDone);
			for (; held > 0; held--) {
				builds.leave();
			}
			for (int i = 0; i < stories.size(); i++) {
				MockHttpServletResponse page = pages.get(i).get();
				assertThat(page.getStatus()).isEqualTo(200);
				assertThat(page.getContentAsString()).contains(stories.get(i).getHeadline());
			}
			assertThat(builds.active()).isZero();
		}
		finally {
			for (; held > 0; held--) {
				builds.leave();
			}
			readers.shutdownNow();
		}
	}

	@Test
	void readersServedFromTheCacheTakeTurnsTooWhileTheDeskGoesStraightThrough() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		long section = articles.sections().get(0).getId();
		Article story = articles.publish(articles.create(new SaveArticle(new ArticleContent("Cached reader story "
				+ System.nanoTime(), null, "<p>Kept.</p>", null), section, null, null), editor.toActor()).getId(),
				editor.toActor());
		assertThat(mvc.perform(get("/articles/" + story.getSlug())).andReturn().getResponse().getStatus()).isEqualTo(200);
		Article draft = articles.create(new SaveArticle(new ArticleContent("Desk draft beside cached readers", null,
				"<p>First words.</p>", null), section, null, null), editor.toActor());

		ExecutorService readers = Executors.newFixedThreadPool(2);
		int held = 0;
		try {
			for (; held < builds.servingLimit(); held++) {
				assertThat(builds.enterServing()).isTrue();
			}
			List<Future<MockHttpServletResponse>> pages = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				pages.add(readers.submit(() -> mvc.perform(get("/articles/" + story.getSlug())).andReturn().getResponse()));
			}
			Eventually.await("the readers waiting for a turn", Duration.ofSeconds(30), () -> builds.waitingToBeServed() == 2);

			MockHttpServletResponse saved = mvc.perform(post("/desk/articles/" + draft.getId()).with(user(editor)).with(csrf())
				.param("headline", "Desk draft beside cached readers")
				.param("body", "Saved while every reader turn was taken.")
				.param("sectionId", String.valueOf(section))
				.param("version", String.valueOf(draft.getVersion()))).andReturn().getResponse();
			assertThat(saved.getStatus()).as("the desk save").isEqualTo(302);
			assertThat(articles.get(draft.getId()).getBodyText()).contains("Saved while every reader turn was taken.");
			assertThat(pages).as("readers still waiting").noneMatch(Future::isDone);

			for (; held > 0; held--) {
				builds.leaveServing();
			}
			for (Future<MockHttpServletResponse> page : pages) {
				assertThat(page.get().getStatus()).isEqualTo(200);
				assertThat(page.get().getContentAsString()).contains(story.getHeadline());
			}
		}
		finally {
			for (; held > 0; held--) {
				builds.leaveServing();
			}
			readers.shutdownNow();
		}
	}

}
