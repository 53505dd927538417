package org.dateline.desk;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Found by a security and robustness review: each test here failed before its fix.
 */
@IntegrationTest
class HardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	DeskUser editor;

	DeskUser reporter;

	org.dateline.subject.TestSubjects subjects;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		editor = accounts.create(Role.EDITOR);
		reporter = accounts.create(Role.REPORTER);
		subjects = new org.dateline.subject.TestSubjects(context, editor.toActor());
	}

	long section() {
		return articles.sections().get(0).getId();
	}

	long create(DeskUser as, String headline, String body) throws Exception {
		MvcResult created = mvc.perform(post("/desk/articles").with(user(as)).with(csrf())
			.param("headline", headline).param("body", body).param("sectionId", String.valueOf(section())))
			.andReturn();
		assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(302);
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static void wellFormed(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	MockHttpServletResponse fetch(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}

	@Test
	void controlCharactersPastedIntoAHeadlineNeverBreakFeedsOrSitemaps() throws Exception {
		long typed = create(editor, "Harbour\u000b pilots \u0000strike\u0001 at dawn", "<p>Ships wait.</p>");
		mvc.perform(post("/desk/articles/" + typed + "/publish").with(user(editor)).with(csrf()));
		assertThat(articles.get(typed).getHeadline()).isEqualTo("Harbour pilots strike at dawn");

		// a story saved before input was cleaned still holds the character
		long legacy = create(editor, "Legacy headline", "<p>Old.</p>");
		jdbc.update("update article set headline = ?, dek = ? where id = ?", "Legacy\u000bheadline from Word",
				"A dek\u000c with a form feed", legacy);
		articles.publish(legacy, editor.toActor());

		MockHttpServletResponse feed = fetch("/feed.atom");
		assertThat(feed.getStatus()).isEqualTo(200);
		wellFormed(feed.getContentAsString());
		assertThat(feed.getContentAsString()).contains("Harbour pilots strike at dawn", "Legacyheadline from Word");
		MockHttpServletResponse news = fetch("/news-sitemap.xml");
		assertThat(news.getStatus()).isEqualTo(200);
		wellFormed(news.getContentAsString());
		assertThat(news.getContentAsString()).contains("Legacyheadline from Word");
		MockHttpServletResponse page = fetch("/articles/" + articles.get(legacy).getSlug());
		assertThat(page.getStatus()).isEqualTo(200);
		String jsonLd = org.jsoup.Jsoup.parse(page.getContentAsString()).select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("Legacyheadline from Word");
	}

	@Test
	void nulBytesInParametersAreNeverA500() throws Exception {
		assertThat(mvc.perform(get("/search").param("q", "talks").param("section", "a\u0000b")).andReturn().getResponse()
			.getStatus()).isLessThan(500);
		assertThat(mvc.perform(get("/search").param("q", "ta\u0000lks")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		MockHttpServletResponse login = mvc.perform(post("/login").with(csrf()).param("username", "a\u0000b")
			.param("password", "x\u0000y")).andReturn().getResponse();
		assertThat(login.getStatus()).isEqualTo(302);
		assertThat(login.getRedirectedUrl()).isEqualTo("/login?error");
		long id = create(reporter, "Nul\u0000 in the headline", "Body\u0000 text");
		assertThat(articles.get(id).getHeadline()).isEqualTo("Nul in the headline");
		assertThat(mvc.perform(get("/desk/articles").with(user(editor)).param("q", "a\u0000b")).andReturn()
			.getResponse().getStatus()).isLessThan(500);
	}

	@Test
	void aPlainTextBodyWithALessThanSignIsSavedWhole() throws Exception {
		String sentence = "The ratio was a<b in most trials, and c>d otherwise.";
		long plain = create(reporter, "Trial ratios", sentence + "\n\nA second paragraph <3 stays too.");
		Article saved = articles.get(plain);
		assertThat(saved.getBodyText()).isEqualTo(sentence + "\n\nA second paragraph <3 stays too.");
		assertThat(saved.getBodyHtml()).startsWith("<p>The ratio was a&lt;b in most trials, and c&gt;d otherwise.</p>");

		long html = create(reporter, "Trial ratios in HTML", "<p>" + sentence + "</p><p>x <b>bold</b> and a <b and c> d</p>");
		assertThat(articles.get(html).getBodyText()).isEqualTo(sentence + "\n\nx bold and a <b and c> d");
		assertThat(articles.get(html).getBodyHtml()).contains("<b>bold</b>").doesNotContain("<b and");
	}


	@Test
	void aSaveWithoutAVersionIsAConflictNotAnOverwrite() throws Exception {
		long id = create(editor, "Council meets on Tuesday", "First text.");
		mvc.perform(post("/desk/articles/" + id).with(user(editor)).with(csrf())
			.param("headline", "Council meets on Tuesday").param("body", "Newer text saved by a colleague.")
			.param("sectionId", String.valueOf(section()))
			.param("version", String.valueOf(articles.get(id).getVersion())));
		MockHttpServletResponse stale = mvc.perform(post("/desk/articles/" + id).with(user(editor)).with(csrf())
			.param("headline", "Council meets on Tuesday").param("body", "Old text from a form without a version.")
			.param("sectionId", String.valueOf(section()))).andReturn().getResponse();
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Old text from a form without a version.");
		assertThat(articles.get(id).getBodyText()).isEqualTo("Newer text saved by a colleague.");
	}

	@Test
	void unboundedParametersAndOverlongNamesAreNotA500() throws Exception {
		DeskUser admin = new TestAccounts(context).create(Role.ADMIN);
		assertThat(fetch("/search?q=talks&to=%2B999999999-12-31").getStatus()).isEqualTo(200);
		assertThat(fetch("/search?q=talks&from=-999999999-01-01&page=2147483647").getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/desk/audit?page=2147483647").with(user(admin))).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/desk/audit?from=%2B999999999-12-31&until=-999999999-01-01").with(user(admin)))
			.andReturn().getResponse().getStatus()).isLessThan(500);
		assertThat(mvc.perform(get("/desk/people?page=2147483647").with(user(editor))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(fetch("/sections/" + articles.sections().get(0).getSlug() + "?page=2147483647").getStatus())
			.isEqualTo(404);

		MockHttpServletResponse section = mvc.perform(post("/desk/sections").with(user(editor)).with(csrf())
			.param("name", "S".repeat(101))).andReturn().getResponse();
		assertThat(section.getStatus()).isEqualTo(302);
		MvcResult flashed = mvc.perform(post("/desk/sections").with(user(editor)).with(csrf())
			.param("name", "S".repeat(101))).andReturn();
		assertThat(flashed.getFlashMap().get("error")).isEqualTo("Keep the section name to 100 characters or fewer.");

		// an empty prominence on a link row
		long subject = subjects.person(org.dateline.subject.TestSubjects.unique("Prominence Tester")).getId();
		long id = create(editor, "Links with empty prominence", "Text.");
		MockHttpServletResponse saved = mvc.perform(post("/desk/articles/" + id).with(user(editor)).with(csrf())
			.param("headline", "Links with empty prominence").param("body", "Text.")
			.param("sectionId", String.valueOf(section())).param("version", String.valueOf(articles.get(id).getVersion()))
			.param("linksShown", "true").param("links[0].subjectId", String.valueOf(subject))
			.param("links[0].prominence", "").param("links[0].source", "")).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(articles.get(id).getMentions()).hasSize(1);

		// a role over 200 characters
		long organization = subjects.organization(org.dateline.subject.TestSubjects.unique("Role Testers Guild")).getId();
		MvcResult role = mvc.perform(post("/desk/people/" + subject + "/affiliations").with(user(editor)).with(csrf())
			.param("organizationId", String.valueOf(organization)).param("role", "R".repeat(201))).andReturn();
		assertThat(role.getResponse().getStatus()).isEqualTo(302);
		assertThat(role.getFlashMap().get("error")).isEqualTo("Keep the role to 200 characters or fewer.");
	}

}
