package org.dateline.site;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SitePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	DeskUser editor;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR);
	}

	Article story(String headline, String body) {
		return new TestArticles(articles, editor.toActor()).story(headline).dek("A dek for " + headline).body(body)
			.dateline("Doha").draft();
	}

	@Test
	void aPublishedStoryIsReadableWithEscapedHeadlineAndSanitizedBody() throws Exception {
		Article article = story("Mediators <b>return</b> to Doha", "<p>Talks resumed.</p><img src=x onerror=alert(1)>");
		articles.publish(article.getId(), editor.toActor());

		mvc.perform(get("/articles/" + article.getSlug()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mediators &lt;b&gt;return&lt;/b&gt; to Doha")))
			.andExpect(content().string(containsString("<p>Talks resumed.</p>")))
			.andExpect(content().string(containsString("DOHA")))
			.andExpect(content().string(not(containsString("onerror"))));
	}

	@Test
	void draftsAreNotFoundForReaders() throws Exception {
		Article draft = story("Unreleased budget figures", "<p>Secret.</p>");
		mvc.perform(get("/articles/" + draft.getSlug()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We can’t find that page")))
			.andExpect(content().string(not(containsString("Unreleased budget figures"))));
	}

	@Test
	void unknownSlugsGetTheFriendly404PageWithoutInternals() throws Exception {
		String page = mvc.perform(get("/articles/no-such-story-anywhere").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("We can’t find that page", "Go to the front page")
			.doesNotContain("Exception", "at org.", "ArticleNotFound");
	}

	@Test
	void theFrontPageListsPublishedStoriesNewestFirstAndNoDrafts() throws Exception {
		Article older = story("Harbour reopens after storm", "<p>Ships moved.</p>");
		articles.publish(older.getId(), editor.toActor());
		Article newer = story("Council approves new tram line", "<p>Votes counted.</p>");
		articles.publish(newer.getId(), editor.toActor());
		story("Draft about the mayor", "<p>Not yet.</p>");

		String page = mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Council approves new tram line", "Harbour reopens after storm")
			.doesNotContain("Draft about the mayor");
		assertThat(page.indexOf("Council approves new tram line")).isLessThan(page.indexOf("Harbour reopens after storm"));
	}

	@Test
	void anUnpublishedStoryDisappearsFromTheSite() throws Exception {
		Article article = story("Minister resigns over contract", "<p>Gone.</p>");
		articles.publish(article.getId(), editor.toActor());
		mvc.perform(get("/articles/" + article.getSlug())).andExpect(status().isOk());
		articles.unpublish(article.getId(), editor.toActor());
		mvc.perform(get("/articles/" + article.getSlug()).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(result -> {
				assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'",
						"frame-ancestors 'none'");
				assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
				assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			});
	}

}
