package org.dateline.cache;

import java.util.List;

import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A reporter saves drafts every few seconds all day, and the editor autosaves: such a save writes
 * nothing readers see, so it is not followed by a read of the cache invalidations, while an edit
 * of a live story still is (and its page changes at once on the instance that saved it).
 */
@IntegrationTest
class DraftSaveStatementsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transactions;

	Actor editor;

	TestArticles stories;

	long section;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR).toActor();
		stories = new TestArticles(context, editor);
		section = articles.sections().get(0).getId();
	}

	@Test
	void aDraftSaveRunsNoReadOfTheInvalidations() {
		Article draft = stories.draft("A draft saved all day");
		List<String> statements = save(draft, "A draft saved all day, again");
		assertThat(statements).as("the save itself ran").anyMatch(sql -> sql.toLowerCase().contains("update article"));
		assertThat(catchUps(statements)).as("reads of the invalidations after a draft save").isZero();
		assertThat(articles.get(draft.getId()).getHeadline()).isEqualTo("A draft saved all day, again");
	}

	@Test
	void anAutosaveOfALiveStoryRunsNoReadOfTheInvalidationsAndLeavesItsPage() throws Exception {
		Article live = stories.published("Tram line extended");
		String path = "/articles/" + live.getSlug();
		assertThat(page(path)).contains("Tram line extended");
		SqlStatements.record();
		articles.autosave(live.getId(), editor, "Tram line extended, autosaved", null, "<p>Autosaved.</p>", null,
				live.getVersion());
		List<String> statements = SqlStatements.stop();
		assertThat(statements).as("the autosave itself ran").anyMatch(sql -> sql.toLowerCase().contains("article_autosave"));
		assertThat(catchUps(statements)).as("reads of the invalidations after an autosave").isZero();
		assertThat(page(path)).contains("Tram line extended").doesNotContain("autosaved");
	}

	@Test
	void anEditOfALiveStoryStillReachesItsPageAtOnce() throws Exception {
		Article live = stories.published("Ferry timetable changes");
		String path = "/articles/" + live.getSlug();
		assertThat(page(path)).contains("Ferry timetable changes");

		List<String> statements = save(articles.get(live.getId()), "Ferry timetable changes again");

		assertThat(catchUps(statements)).as("reads of the invalidations after a live edit").isEqualTo(1);
		assertThat(page(path)).contains("Ferry timetable changes again");
	}

	@Test
	void aDraftSaveInsideALargerTransactionLeavesTheReadInPlace() throws Exception {
		Article draft = stories.draft("A draft saved beside a publish");
		Article other = stories.draft("Published in the same transaction");
		SqlStatements.record();
		transactions.executeWithoutResult(status -> {
			articles.update(draft.getId(), new SaveArticle(new ArticleContent("A draft saved beside a publish, again",
					null, "<p>Words.</p>", null), section, null, draft.getVersion()), editor);
			articles.publish(other.getId(), editor);
		});
		assertThat(catchUps(SqlStatements.stop())).as("the publish in the same transaction is applied at once")
			.isEqualTo(1);
		assertThat(page("/articles/" + articles.get(other.getId()).getSlug())).contains("Published in the same transaction");
	}

	private List<String> save(Article story, String headline) {
		SqlStatements.record();
		articles.update(story.getId(), new SaveArticle(new ArticleContent(headline, null, "<p>Words.</p>", null), section,
				null, story.getVersion()), editor);
		return SqlStatements.stop();
	}

	/** The feed's read of what was invalidated since it last looked. */
	private static long catchUps(List<String> statements) {
		return statements.stream().filter(sql -> sql.contains("pg_snapshot_xmin")).count();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
