package org.dateline.desk;

import org.dateline.account.AuditEvent;
import org.dateline.account.AuditLog;
import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DeskArticleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog auditLog;

	DeskUser editor;

	DeskUser reporter;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		editor = accounts.create(Role.EDITOR);
		reporter = accounts.create(Role.REPORTER);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/desk")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/desk/articles/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndCreatesNothing() throws Exception {
		long before = articles.recentForDesk(1000).size();
		mvc.perform(post("/desk/articles").with(user(editor)).param("headline", "Forged story").param("sectionId", "1"))
			.andExpect(status().isForbidden());
		assertThat(articles.recentForDesk(1000)).hasSize((int) before);
	}

	@Test
	void anEditorCreatesAndPublishesAStory() throws Exception {
		MvcResult created = mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.param("headline", "Port strike ends after nine days")
			.param("dek", "Dock workers accept a new offer")
			.param("body", "Cranes moved again on Monday.\n\nUnions called it a fair deal.")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId()))
			.param("dateline", "Rotterdam"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "Story created as a draft."))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/desk/articles/" + id + "/publish").with(user(editor)).with(csrf()))
			.andExpect(redirectedUrl("/desk/articles/" + id))
			.andExpect(flash().attribute("message", "Published."));

		assertThat(articles.get(id).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(auditLog.search(editor.getUsername(), null, null, null, PageRequest.of(0, 10)))
			.extracting(AuditEvent::getAction, AuditEvent::getTarget, AuditEvent::getDetail)
			.containsExactly(tuple("ARTICLE_PUBLISHED", "article:" + id, "review skipped"),
					tuple("ARTICLE_CREATED", "article:" + id, "port-strike-ends-after-nine-days"));
		mvc.perform(get("/articles/port-strike-ends-after-nine-days"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Unions called it a fair deal.</p>")));
	}

	@Test
	void aMissingHeadlineReRendersTheFormWithTheTextKept() throws Exception {
		mvc.perform(post("/desk/articles").with(user(reporter)).with(csrf())
			.param("headline", "  ")
			.param("body", "A paragraph I do not want to lose.")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Every story needs a headline.")))
			.andExpect(content().string(containsString("A paragraph I do not want to lose.")));
	}

	@Test
	void anUnknownSectionIsAFieldError() throws Exception {
		mvc.perform(post("/desk/articles").with(user(reporter)).with(csrf())
			.param("headline", "Lost section")
			.param("sectionId", "987654"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That section does not exist.")));
	}

	@Test
	void aReporterCannotPublish() throws Exception {
		long id = articles.create(new org.dateline.article.ArticleCommands.SaveArticle(
				new org.dateline.article.ArticleContent("Reporter draft on rates", null, "<p>x</p>", null),
				articles.sections().get(0).getId(), null, null), reporter.toActor()).getId();
		mvc.perform(post("/desk/articles/" + id + "/publish").with(user(reporter)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(articles.get(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void publishingTwiceIsRefusedWithAClearMessage() throws Exception {
		long id = articles.create(new org.dateline.article.ArticleCommands.SaveArticle(
				new org.dateline.article.ArticleContent("Twice published story", null, "<p>x</p>", null),
				articles.sections().get(0).getId(), null, null), editor.toActor()).getId();
		mvc.perform(post("/desk/articles/" + id + "/publish").with(user(editor)).with(csrf()));
		mvc.perform(post("/desk/articles/" + id + "/publish").with(user(editor)).with(csrf()))
			.andExpect(flash().attribute("error", "A story that is published cannot publish."));
	}

	@Test
	void adminsReadTheAuditLogFilteredByPersonAndAction() throws Exception {
		DeskUser admin = new TestAccounts(context).create(Role.ADMIN);
		articles.create(new org.dateline.article.ArticleCommands.SaveArticle(
				new org.dateline.article.ArticleContent("Audited story on ferries", null, "<p>x</p>", null),
				articles.sections().get(0).getId(), null, null), editor.toActor());
		mvc.perform(get("/desk/audit").param("actor", editor.getUsername()).param("action", "ARTICLE_CREATED")
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audited-story-on-ferries")))
			.andExpect(content().string(containsString("<span>1</span> events")));
	}

}
