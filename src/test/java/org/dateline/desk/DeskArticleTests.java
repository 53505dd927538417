package org.dateline.desk;

import java.util.UUID;

import org.dateline.account.AuditEvent;
import org.dateline.account.AuditLog;
import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.TestArticles;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.dateline.support.TestPhotos;
import org.dateline.support.TestPhotos.Captioned;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

	@Autowired
	MediaLibrary library;

	@Autowired
	ArticleImages storyImages;

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

	long draft(String headline, DeskUser by) {
		return new TestArticles(articles, by.toActor()).story(headline).body("<p>Original paragraph.</p>").draft().getId();
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(long id, DeskUser by,
			String headline, String body, long version) {
		return post("/desk/articles/" + id).with(user(by)).with(csrf())
			.param("headline", headline)
			.param("body", body)
			.param("sectionId", String.valueOf(articles.sections().get(0).getId()))
			.param("version", String.valueOf(version));
	}

	@Test
	void aStaleSaveShowsTheConflictPageWithBothTextsAndOverwritesNothing() throws Exception {
		long id = draft("Tram strike called off", editor);
		long loaded = articles.get(id).getVersion();
		DeskUser otherEditor = new TestAccounts(context).create(Role.EDITOR);
		mvc.perform(save(id, otherEditor, "Tram strike called off", "<p>Unions and the city agreed overnight.</p>", loaded))
			.andExpect(status().isFound());

		String page = mvc.perform(save(id, editor, "Tram strike is off", "<p>My own careful rewrite.</p>", loaded))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Someone else saved this story while you were editing",
				"<del>Original paragraph</del><ins>Unions and the city agreed overnight</ins>", "My own careful rewrite.",
				"value=\"Tram strike is off\"");
		assertThat(articles.get(id).getBodyText()).isEqualTo("Unions and the city agreed overnight.");

		long current = articles.get(id).getVersion();
		assertThat(page).contains("name=\"version\" value=\"" + current + "\"");
		mvc.perform(save(id, editor, "Tram strike is off", "<p>Merged text.</p>", current))
			.andExpect(status().isFound());
		assertThat(articles.get(id).getBodyText()).isEqualTo("Merged text.");
	}

	@Test
	void aSaveFromAFormThatNamesNoVersionGetsTheWholeConflictPageInTheDesk() throws Exception {
		long id = draft("Ferry timetable changes", editor);
		// an old tab, or a form posted by hand, that does not say which version it edits
		String html = mvc.perform(post("/desk/articles/" + id).with(user(editor)).with(csrf())
			.param("headline", "Ferry timetable changes again").param("body", "<p>Text typed long ago.</p>")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.title()).startsWith("Edit conflict · Desk");
		assertThat(page.select("nav[aria-label=Desk] a").eachText()).contains("Stories", "New story");
		assertThat(page.select("main h1").text()).isEqualTo("Someone else saved this story while you were editing");
		assertThat(page.select("#article-form input[name=version]").val())
			.isEqualTo(String.valueOf(articles.get(id).getVersion()));
		assertThat(page.select("#article-form textarea[name=body]").text()).contains("Text typed long ago.");
		assertThat(html).doesNotContain("Exception", "\tat org.");
		assertThat(articles.get(id).getHeadline()).as("nothing was written").isEqualTo("Ferry timetable changes");
	}

	@Test
	void aDuplicateSlugIsAFieldErrorWithTheTextKept() throws Exception {
		long first = draft("Original slug holder", editor);
		String taken = articles.get(first).getSlug();
		mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.param("headline", "Second story").param("slug", taken).param("body", "Words to keep.")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another story already uses the slug")))
			.andExpect(content().string(containsString("Words to keep.")));
	}

	@Test
	void aSlugCollisionWithAnEmbargoedStoryTellsAReporterNothing() throws Exception {
		String headline = "Embargoed: the minister resigns " + System.nanoTime();
		long embargoed = draft(headline, editor);
		String slug = articles.get(embargoed).getSlug();
		articles.schedule(embargoed, java.time.Instant.now().plusSeconds(86_400), editor.toActor());

		String location = mvc.perform(post("/desk/articles").with(user(reporter)).with(csrf())
			.param("headline", "My own story").param("slug", slug).param("body", "Words.")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		String page = mvc.perform(get(location).with(user(reporter))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(headline).doesNotContain("already uses");
		assertThat(articles.get(Long.parseLong(location.replaceAll("\\D+", ""))).getSlug()).isEqualTo(slug);
	}

	@Test
	void overlongHeadlinesAndBodiesAreFieldErrors() throws Exception {
		mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.param("headline", "h".repeat(201)).param("body", "Kept.")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the headline to 200 characters or fewer.")));
		mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.param("headline", "Huge body").param("body", "w".repeat(1_000_001))
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The body is over 1 MB.")))
			.andExpect(content().string(containsString("value=\"Huge body\"")));
	}

	@Test
	void aRequestOverTheSizeLimitIsRefusedWith413() throws Exception {
		mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.contentType("application/x-www-form-urlencoded")
			.content(new byte[13 * 1024 * 1024]))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	void schedulingInThePastIsRefusedClearly() throws Exception {
		long id = draft("Embargo in the past", editor);
		mvc.perform(post("/desk/articles/" + id + "/schedule").with(user(editor)).with(csrf())
			.param("publishAt", "2001-01-01T09:00"))
			.andExpect(flash().attribute("error", "The publish time must be in the future."));
		mvc.perform(post("/desk/articles/" + id + "/schedule").with(user(editor)).with(csrf())
			.param("publishAt", "next tuesday"))
			.andExpect(flash().attribute("error",
					"Give the publish time as a date and a time, such as 2026-12-01T09:30."));
		assertThat(articles.get(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void thePreviewShowsADraftAsReadersWillSeeIt() throws Exception {
		long id = draft("Preview of a quiet draft", reporter);
		mvc.perform(get("/desk/articles/" + id + "/preview").with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Preview: this is how readers will see the story")))
			.andExpect(content().string(containsString("<h1>Preview of a quiet draft</h1>")))
			.andExpect(content().string(containsString("<p>Original paragraph.</p>")));
		mvc.perform(get("/articles/" + articles.get(id).getSlug())).andExpect(status().isNotFound());
	}

	@Test
	void thePreviewShowsTheLeadImageAndTheBodyFiguresReadersWillSee() throws Exception {
		ImageView image = library.upload(new MediaLibrary.Upload("quay.jpg", TestPhotos.photo(1600, 1000,
				new Captioned("Quay " + UUID.randomUUID(), "Ada Holm", "Wire", null), false, 1)), editor.toActor())
			.image();
		long id = new TestArticles(articles, reporter.toActor()).story("Preview with pictures")
			.body("<p>Before.</p><figure><img src=\"/media/" + image.hash() + "/960.jpg\" alt=\"Boats at the quay\">"
					+ "<figcaption>Boats <span class=\"credit\">old credit</span></figcaption></figure>")
			.draft()
			.getId();
		storyImages.setLeadImage(id, new ArticleImages.LeadImage(image.id(), "The quay at dawn", "A quiet quay", false),
				editor.toActor());

		Document preview = Jsoup.parse(mvc.perform(get("/desk/articles/" + id + "/preview").with(user(reporter)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(preview.select("figure.lead-image img").attr("alt")).isEqualTo("A quiet quay");
		assertThat(preview.select("figure.lead-image figcaption").text()).contains("The quay at dawn");
		Element figure = preview.selectFirst("figure.body-figure");
		assertThat(figure).as("the body figure is made responsive, as on the reader page").isNotNull();
		assertThat(figure.select("picture source[type=image/webp]").attr("srcset")).contains(image.hash());
		assertThat(figure.select("img").attr("alt")).isEqualTo("Boats at the quay");
		assertThat(figure.select("span.credit").text()).as("the library's credit").isEqualTo("Ada Holm / Wire");

		articles.publish(id, editor.toActor());
		Document reader = Jsoup.parse(mvc.perform(get("/articles/" + articles.get(id).getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(preview.select("figure.lead-image").outerHtml())
			.as("the preview's lead image is the reader page's")
			.isEqualTo(reader.select("figure.lead-image").outerHtml());
		assertThat(preview.select("figure.body-figure").outerHtml())
			.isEqualTo(reader.select("figure.body-figure").outerHtml());
	}

	@Test
	void bylinesAreOrderedDeskUsersAndFreeText() throws Exception {
		mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.param("headline", "Joint report on grain prices").param("body", "Prices fell.")
			.param("bylines", "@" + reporter.getUsername() + "\nNordic Wire Service")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(status().isFound());
		long id = articles.forDesk(null, new org.dateline.article.ArticleViews.DeskFilter(null, null,
				"Joint report on grain prices"), 5).get(0).id();
		articles.publish(id, editor.toActor());
		mvc.perform(get("/articles/joint-report-on-grain-prices"))
			.andExpect(content().string(containsString("<span class=\"author\">" + reporter.displayName()
					+ "</span> and <span class=\"author\">Nordic Wire Service</span>")));

		mvc.perform(post("/desk/articles").with(user(editor)).with(csrf())
			.param("headline", "Unknown colleague").param("bylines", "@nobody-here")
			.param("sectionId", String.valueOf(articles.sections().get(0).getId())))
			.andExpect(content().string(containsString("There is no desk user &#39;nobody-here&#39;")));
	}

	@Test
	void reportersSeeOnlyTheirOwnStoriesOnTheDashboard() throws Exception {
		draft("Reporter dashboard own story", reporter);
		draft("Editor dashboard private story", editor);
		mvc.perform(get("/desk").with(user(reporter)))
			.andExpect(content().string(containsString("Reporter dashboard own story")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Editor dashboard private story"))));
		mvc.perform(get("/desk").param("q", "dashboard private").with(user(editor)))
			.andExpect(content().string(containsString("Editor dashboard private story")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Reporter dashboard own story"))));
	}

	@Test
	void theHistoryPageShowsAWordLevelDiffAndRestoreAppendsARevision() throws Exception {
		long id = draft("Zoo welcomes twin pandas", editor);
		mvc.perform(save(id, editor, "Zoo welcomes twin pandas", "<p>Two cubs were born overnight.</p>",
				articles.get(id).getVersion()));
		String history = mvc.perform(get("/desk/articles/" + id + "/revisions").with(user(editor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(history).contains("<del>Original paragraph</del>", "<ins>Two cubs were born overnight</ins>");

		long first = articles.revisions(id).get(1).getId();
		mvc.perform(post("/desk/articles/" + id + "/revisions/" + first + "/restore").with(user(editor)).with(csrf()))
			.andExpect(flash().attribute("message",
					"Restored. The restored text is the newest revision; nothing was deleted."));
		assertThat(articles.get(id).getBodyText()).isEqualTo("Original paragraph.");
		assertThat(articles.revisions(id)).hasSize(3);
	}

	@Test
	void editorsAddAndRenameSections() throws Exception {
		mvc.perform(post("/desk/sections").with(user(editor)).with(csrf()).param("name", "Weather Desk")
			.param("position", "20"))
			.andExpect(flash().attribute("message", "Section added."));
		long id = articles.sections().stream().filter(s -> s.getName().equals("Weather Desk")).findFirst()
			.orElseThrow().getId();
		mvc.perform(post("/desk/sections/" + id).with(user(editor)).with(csrf()).param("name", "Weather")
			.param("position", "21"))
			.andExpect(flash().attribute("message", "Section saved."));
		mvc.perform(post("/desk/sections").with(user(editor)).with(csrf()).param("name", "Weather Desk"))
			.andExpect(flash().attribute("error", "Another section already uses the slug 'weather-desk'."));
		mvc.perform(get("/desk/sections").with(user(editor)))
			.andExpect(content().string(containsString("value=\"Weather\"")))
			.andExpect(content().string(containsString("/sections/weather-desk")));
	}

}
