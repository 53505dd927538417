package org.dateline.api;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.Byline;
import org.dateline.article.CorrectionKind;
import org.dateline.article.section.SectionService;
import org.dateline.cache.PageCache;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * API answers kept in the app's page cache: the same for every key, each request still
 * authenticated and counted, and evicted by the reader pages' keys when a story is published,
 * edited live, corrected or unpublished, so a client never gets the answer from before.
 */
@IntegrationTest
class ApiAnswerCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	SectionService sections;

	@Autowired
	ApiKeys keys;

	@Autowired
	PageCache cache;

	@Autowired
	ApplicationContext context;

	DeskUser editor;

	String token;

	long section;

	String list;

	static int sequence;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR);
		token = keys.create("Answer cache tests " + (++sequence), null, editor.toActor()).token();
		section = sections.create("Kept answers " + sequence + "x" + System.nanoTime() % 100000, null, 60).getId();
		list = "/api/v1/stories?section=" + sections.get(section).getSlug() + "&limit=5";
	}

	Article publish(String headline) {
		Article article = articles.create(new SaveArticle(new ArticleContent(headline, null,
				"<p>About " + headline + ".</p>", "Odenburg", List.of(Byline.ofName("Harbour Desk"))), section, null, null),
				editor.toActor());
		return articles.publish(article.getId(), editor.toActor());
	}

	MockHttpServletResponse call(String path, String key) throws Exception {
		var request = get(java.net.URI.create(path));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	String body(String path) throws Exception {
		MockHttpServletResponse response = call(path, token);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void anAnswerIsTheSameForEveryKeyAndEveryRequestIsStillAuthenticatedAndCounted() throws Exception {
		Article story = publish("Lock gates repainted");
		String twoAMinute = keys.create("Two a minute", "2", editor.toActor()).token();

		MockHttpServletResponse built = call(list, twoAMinute);
		assertThat(built.getStatus()).isEqualTo(200);
		assertThat(cache.get(list)).as("the answer is kept").isNotNull();
		MockHttpServletResponse kept = call(list, token);
		assertThat(kept.getStatus()).isEqualTo(200);
		assertThat(kept.getContentAsString()).isEqualTo(built.getContentAsString()).contains("Lock gates repainted");
		assertThat(kept.getHeader("ETag")).isEqualTo(built.getHeader("ETag"));
		assertThat(kept.getHeader("Surrogate-Key")).isEqualTo(built.getHeader("Surrogate-Key"))
			.contains("story:" + story.getId()).contains("section:" + section).contains("feed");
		assertThat(kept.getHeader("Cache-Control")).isEqualTo(built.getHeader("Cache-Control"));
		assertThat(kept.getContentType()).isEqualTo(built.getContentType());
		assertThat(call(list, token + "x").getStatus()).as("a kept answer still needs a live key").isEqualTo(401);
		assertThat(call(list, null).getStatus()).isEqualTo(401);

		// the second key's requests are counted although the answer is kept
		assertThat(call(list, twoAMinute).getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = call(list, twoAMinute);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();

		MockHttpServletResponse notModified = mvc.perform(get(java.net.URI.create(list))
			.header("Authorization", "Bearer " + token).header("If-None-Match", built.getHeader("ETag")))
			.andReturn().getResponse();
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsString()).isEmpty();
	}

	@Test
	void aPublishALiveEditACorrectionAndAnUnpublishEachChangeTheKeptAnswers() throws Exception {
		Article story = publish("Ferry pier reopens");
		String one = "/api/v1/stories/" + story.getSlug();
		assertThat(body(list)).contains("Ferry pier reopens");
		assertThat(body(one)).contains("Ferry pier reopens");
		assertThat(cache.get(list)).isNotNull();
		assertThat(cache.get(one)).isNotNull();

		publish("Harbour crane arrives");
		assertThat(body(list)).contains("Harbour crane arrives").contains("Ferry pier reopens");

		articles.update(story.getId(), new SaveArticle(new ArticleContent("Ferry pier reopens after repairs", null,
				story.getBodyHtml(), "Odenburg", List.of(Byline.ofName("Harbour Desk"))), section, null, null),
				editor.toActor());
		assertThat(body(list)).contains("Ferry pier reopens after repairs");
		assertThat(body(one)).contains("Ferry pier reopens after repairs");

		articles.addCorrection(story.getId(), CorrectionKind.CORRECTION, "The pier is the north one.",
				editor.toActor());
		assertThat(body(list)).contains("The pier is the north one.");
		assertThat(body(one)).contains("The pier is the north one.");

		articles.unpublish(story.getId(), editor.toActor());
		assertThat(body(list)).doesNotContain("Ferry pier reopens").contains("Harbour crane arrives");
		assertThat(call(one, token).getStatus()).isEqualTo(404);
	}

	@Test
	void anAnswerAskedWithParametersItDoesNotReadIsNotKept() throws Exception {
		publish("Tide tables printed");
		String odd = list + "&utm_source=newsletter";
		assertThat(body(odd)).contains("Tide tables printed");
		assertThat(cache.get(odd)).isNull();
	}

}
