package org.dateline.site;

import java.util.List;

import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.Byline;
import org.dateline.article.Mention;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.dateline.subject.Person;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The story page as it is built when the page cache is not used: what a session cookie costs on
 * top of the build, that the kept linked body never outlives an edit, and that the same story
 * gives the same bytes in every JVM (so every instance sends the same ETag).
 */
@IntegrationTest
class StoryPageBuildTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	Actor editor;

	Person varga;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR).toActor();
		varga = new TestSubjects(context, editor).person(TestSubjects.unique("Ilse Varga"));
	}

	Article publish(String headline, String body) {
		Article draft = articles.create(new SaveArticle(new ArticleContent(headline, "A dek.", body, "Tollan",
				List.of(Byline.ofName("Staff")), List.of(new Mention(varga.getId(), Mention.Prominence.PRIMARY,
						Mention.Source.MANUAL))), articles.sections().get(0).getId(), null, null), editor);
		return articles.publish(draft.getId(), editor);
	}

	MockHttpServletResponse page(String path, String cookie) throws Exception {
		var request = get(path).accept(MediaType.TEXT_HTML);
		if (cookie != null) {
			request.header(HttpHeaders.COOKIE, cookie);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

	@Test
	void aSessionCookieBypassesTheCacheWithoutAnySessionWorkOnTopOfTheBuild() throws Exception {
		String path = "/articles/" + publish(TestSubjects.unique("Harbour talks"), "<p>" + varga.getName() + " spoke.</p>").getSlug();
		SqlStatements.record();
		String reader = page(path, null).getContentAsString();
		List<String> built = SqlStatements.stop();
		for (int i = 0; i < 2; i++) {
			SqlStatements.record();
			MockHttpServletResponse bypassed = page(path, "JSESSIONID=not-a-desk-session");
			List<String> statements = SqlStatements.stop();
			assertThat(statements).as("built again, with the reader's statements and nothing else").isEqualTo(built);
			assertThat(bypassed.getContentAsString()).isEqualTo(reader);
			assertThat(bypassed.getHeader(HttpHeaders.SET_COOKIE)).isNull();
		}
		assertThat(built).noneMatch(sql -> sql.toLowerCase().contains("spring_session"));
	}

	@Test
	void anEditedLiveStoryShowsItsNewBodyWithTheFirstMentionLinked() throws Exception {
		Article story = publish(TestSubjects.unique("Ferry strike"), "<p>" + varga.getName() + " spoke at the pier.</p>");
		String path = "/articles/" + story.getSlug();
		assertThat(page(path, "JSESSIONID=x").getContentAsString()).contains(">" + varga.getName() + "</a> spoke at the pier.");
		articles.update(story.getId(), new SaveArticle(new ArticleContent(story.getHeadline(), "A dek.",
				"<p>Later " + varga.getName() + " left the pier.</p>", "Tollan", List.of(Byline.ofName("Staff")),
				List.of(new Mention(varga.getId(), Mention.Prominence.PRIMARY, Mention.Source.MANUAL))),
				articles.sections().get(0).getId(), null, articles.get(story.getId()).getVersion()), editor);
		String after = page(path, "JSESSIONID=x").getContentAsString();
		assertThat(after).contains("Later <a href=\"/people/" + varga.getSlug() + "\"")
			.doesNotContain("spoke at the pier");
	}

	@Test
	void structuredDataNamesEachAuthorInAFixedOrder() throws Exception {
		String html = page("/articles/" + publish(TestSubjects.unique("Dock vote"), "<p>Text.</p>").getSlug(), null)
			.getContentAsString();
		assertThat(html).contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Staff\"}]");
	}

}
