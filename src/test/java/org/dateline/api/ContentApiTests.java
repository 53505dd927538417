package org.dateline.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.CorrectionKind;
import org.dateline.article.Mention;
import org.dateline.article.section.SectionService;
import org.dateline.shared.Role;
import org.dateline.article.TestArticles;
import org.dateline.subject.Event;
import org.dateline.subject.Organization;
import org.dateline.subject.Person;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The content API as a client meets it, against the real database: only published stories whose
 * time has come, filters, a cursor walk that neither skips nor repeats while stories are published,
 * conditional requests, keys and rate limits, and problem JSON for every refusal.
 */
@IntegrationTest
class ContentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ApiKeys keys;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(context, "Contract tests");
	}

	Article publish(String headline, List<Mention> mentions) {
		return new TestArticles(articles, api.editor.toActor()).story(headline).dek("A dek for " + headline)
			.body("<p>Body of <em>" + headline + "</em>.</p>").dateline("Odenburg").byline("Harbour Desk").section(api.section)
			.links(mentions).publish();
	}

	Article publish(String headline) {
		return publish(headline, List.of());
	}

	MockHttpServletResponse call(String path) throws Exception {
		return call(get(java.net.URI.create(path)));
	}

	MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return api.call(request);
	}

	JsonNode body(String path) throws Exception {
		return api.ok(call(path), path);
	}

	List<String> headlines(JsonNode page) {
		List<String> out = new ArrayList<>();
		page.get("items").forEach(i -> out.add(i.get("headline").asString()));
		return out;
	}

	@Test
	void storiesAreOnlyThosePublishedWithEverythingAClientNeeds() throws Exception {
		Person person = new TestSubjects(context, api.editor.toActor()).person(TestSubjects.unique("Mara Lind"));
		Article shown = publish("Ferry timetable changes for winter",
				List.of(new Mention(person.getId(), Mention.Prominence.PRIMARY, Mention.Source.MANUAL)));
		articles.addCorrection(shown.getId(), CorrectionKind.CORRECTION, "An earlier version gave the wrong pier.",
				api.editor.toActor());
		TestArticles stories = new TestArticles(articles, api.editor.toActor());
		stories.story("Draft about the ferry").body("<p>Draft.</p>").section(api.section).draft();
		Article scheduled = stories.story("Embargoed ferry story").body("<p>Later.</p>").section(api.section).draft();
		articles.schedule(scheduled.getId(), Instant.now().plus(2, ChronoUnit.DAYS), api.editor.toActor());
		Article unpublished = publish("Withdrawn ferry story");
		articles.unpublish(unpublished.getId(), api.editor.toActor());

		JsonNode page = body("/api/v1/stories?section=" + api.sectionSlug);
		assertThat(headlines(page)).containsExactly("Ferry timetable changes for winter");
		assertThat(page.get("next").isNull()).isTrue();
		JsonNode story = page.get("items").get(0);
		assertThat(story.get("dek").asString()).isEqualTo("A dek for Ferry timetable changes for winter");
		assertThat(story.get("bodyHtml").asString()).contains("<em>Ferry timetable changes for winter</em>");
		assertThat(story.get("bodyText").asString()).contains("Body of Ferry timetable changes for winter")
			.doesNotContain("<");
		assertThat(story.get("bylines").get(0).asString()).isEqualTo("Harbour Desk");
		assertThat(story.get("section").get("slug").asString()).isEqualTo(api.sectionSlug);
		assertThat(story.get("dateline").asString()).isEqualTo("Odenburg");
		assertThat(story.get("publishedAt").asString()).isNotBlank();
		assertThat(story.get("corrections").get(0).get("text").asString()).isEqualTo("An earlier version gave the wrong pier.");
		assertThat(story.get("subjects").get(0).get("slug").asString()).isEqualTo(person.getSlug());
		assertThat(story.get("subjects").get(0).get("prominence").asString()).isEqualTo("PRIMARY");
		assertThat(story.get("links").get("html").asString()).endsWith("/articles/" + shown.getSlug());

		JsonNode one = body("/api/v1/stories/" + shown.getSlug());
		assertThat(one.get("headline").asString()).isEqualTo("Ferry timetable changes for winter");
		for (String hidden : List.of(scheduled.getSlug(), unpublished.getSlug())) {
			MockHttpServletResponse missing = call("/api/v1/stories/" + hidden);
			assertThat(missing.getStatus()).isEqualTo(404);
			assertThat(missing.getContentType()).isEqualTo("application/problem+json");
			assertThat(json.readTree(missing.getContentAsString()).get("detail").asString()).contains(hidden);
		}
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		Person person = new TestSubjects(context, api.editor.toActor()).person(TestSubjects.unique("Oskar Brandt"));
		publish("Port strike enters second day",
				List.of(new Mention(person.getId(), Mention.Prominence.MENTIONED, Mention.Source.MANUAL)));
		Instant between = Instant.now();
		// the next story must be published strictly later than 'between': wait (at most a second) for the clock to move
		long deadline = System.nanoTime() + 1_000_000_000L;
		while (!Instant.now().isAfter(between.plusMillis(1)) && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		publish("Harbour cranes repaired");

		assertThat(headlines(body("/api/v1/stories?section=" + api.sectionSlug)))
			.containsExactly("Harbour cranes repaired", "Port strike enters second day");
		assertThat(headlines(body("/api/v1/stories?subject=" + person.getSlug())))
			.containsExactly("Port strike enters second day");
		assertThat(headlines(body("/api/v1/stories?section=" + api.sectionSlug + "&published_since=" + between)))
			.containsExactly("Harbour cranes repaired");
		assertThat(headlines(body("/api/v1/stories?section=" + api.sectionSlug + "&updated_since=" + between)))
			.containsExactly("Harbour cranes repaired");
		assertThat(headlines(body("/api/v1/stories?section=" + api.sectionSlug + "&q=cranes")))
			.containsExactly("Harbour cranes repaired");

		JsonNode subject = body("/api/v1/people/" + person.getSlug());
		assertThat(subject.get("name").asString()).isEqualTo(person.getName());
		assertThat(subject.get("storyCount").asLong()).isEqualTo(1);
		assertThat(subject.get("coverage").get(0).get("headline").asString()).isEqualTo("Port strike enters second day");
		assertThat(subject.get("coverage").get(0).get("prominence").asString()).isEqualTo("MENTIONED");
		assertThat(call("/api/v1/organizations/" + person.getSlug()).getStatus()).isEqualTo(404);

		JsonNode sectionList = body("/api/v1/sections");
		List<String> slugs = new ArrayList<>();
		sectionList.get("items").forEach(s -> slugs.add(s.get("slug").asString()));
		assertThat(slugs).contains(api.sectionSlug);
	}

	@Test
	void aCursorWalkNeitherSkipsNorRepeatsWhileStoriesArePublished() throws Exception {
		List<String> original = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			original.add(0, publish("Archive story " + i).getSlug());
		}
		List<String> seen = new ArrayList<>();
		String next = "/api/v1/stories?limit=2&section=" + api.sectionSlug;
		int pages = 0;
		while (next != null && pages++ < 20) {
			JsonNode page = body(next);
			page.get("items").forEach(i -> seen.add(i.get("slug").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString();
			// Newsroom keeps publishing while the client walks.
			publish("Breaking story during the walk " + pages);
		}
		assertThat(seen).containsExactlyElementsOf(original);
		assertThat(pages).isEqualTo(4);

		// In the order of change, a story edited during the walk comes again at the end, never lost.
		List<String> modified = new ArrayList<>();
		String walk = "/api/v1/stories?limit=3&order=modified&section=" + api.sectionSlug;
		boolean edited = false;
		int steps = 0;
		while (walk != null && steps++ < 30) {
			JsonNode page = body(walk);
			page.get("items").forEach(i -> modified.add(i.get("slug").asString()));
			walk = page.get("next").isNull() ? null : page.get("next").asString();
			if (!edited) {
				Article first = articles.findPublished(modified.get(0)) instanceof org.dateline.article.ArticleViews.Found f
						? articles.get(f.page().article().id()) : null;
				assertThat(first).isNotNull();
				articles.update(first.getId(), new SaveArticle(new ArticleContent(first.getHeadline(), "Edited dek",
						first.getBodyHtml(), null), api.section, null, null), api.editor.toActor());
				edited = true;
			}
		}
		assertThat(modified).containsAll(original);
		assertThat(modified.get(modified.size() - 1)).isEqualTo(modified.get(0));
	}

	@Test
	void eachSubjectListHoldsItsOwnKindAndWalksWithACursor() throws Exception {
		Instant before = Instant.now();
		TestSubjects make = new TestSubjects(context, api.editor.toActor());
		Person first = make.person(TestSubjects.unique("Karin Dahl"));
		Person second = make.person(TestSubjects.unique("Tove Berg"));
		Organization trust = make.organization(TestSubjects.unique("Pier Trust"));
		Event vote = make.event(TestSubjects.unique("Pier vote"), "2026-03", null);
		Map<String, List<Long>> lists = new LinkedHashMap<>();
		for (String list : List.of("people", "organizations", "events")) {
			List<Long> ids = new ArrayList<>();
			String next = "/api/v1/" + list + "?limit=1&updated_since=" + before;
			int pages = 0;
			while (next != null && pages++ < 50) {
				JsonNode page = body(next);
				page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
				page.get("items").forEach(i -> assertThat(i.get("links").get("self").asString()).contains("/api/v1/" + list + "/"));
				next = page.get("next").isNull() ? null : page.get("next").asString();
			}
			lists.put(list, ids);
		}
		assertThat(lists.get("people")).containsSubsequence(first.getId(), second.getId())
			.doesNotContain(trust.getId(), vote.getId());
		assertThat(lists.get("organizations")).contains(trust.getId()).doesNotContain(first.getId(), vote.getId());
		assertThat(lists.get("events")).contains(vote.getId()).doesNotContain(first.getId(), trust.getId());
		// a cursor from one kind's list is refused by another's
		String next = body("/api/v1/people?limit=1&updated_since=" + before).get("next").asString();
		String cursor = next.substring(next.indexOf("cursor=") + 7);
		assertProblem("/api/v1/organizations?limit=1&updated_since=" + before + "&cursor=" + cursor, 400,
				"another order or other filters");
	}

	@Test
	void aMatchingEtagGetsA304WithTheSameCachingHeadersAsReaderPages() throws Exception {
		Article story = publish("Quarry foreman retires");
		MockHttpServletResponse first = call("/api/v1/stories/" + story.getSlug());
		assertThat(first.getStatus()).isEqualTo(200);
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).startsWith("public, max-age=60, stale-while-revalidate=");
		assertThat(first.getHeader("Surrogate-Key")).contains("story:" + story.getId()).contains("section:" + api.section);
		MockHttpServletResponse again = call(get("/api/v1/stories/" + story.getSlug()).header("If-None-Match", etag));
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();

		// an unrelated story leaves this one's validator alone; an edit of this one changes it
		publish("Another story moves the site on");
		assertThat(call(get("/api/v1/stories/" + story.getSlug()).header("If-None-Match", etag)).getStatus())
			.isEqualTo(304);
		articles.update(story.getId(), new SaveArticle(new ArticleContent(story.getHeadline(), "A dek added later",
				story.getBodyHtml(), null), api.section, null, null), api.editor.toActor());
		assertThat(call(get("/api/v1/stories/" + story.getSlug()).header("If-None-Match", etag)).getStatus())
			.isEqualTo(200);
	}

	@Test
	void badParametersGetAProblemWithAClearDetail() throws Exception {
		assertProblem("/api/v1/stories?limit=101", 400, "'limit' must be from 1 to 100");
		assertProblem("/api/v1/stories?limit=ten", 400, "'limit' must be a whole number");
		assertProblem("/api/v1/stories?cursor=not-a-cursor", 400, "cursor");
		assertProblem("/api/v1/stories?updated_since=yesterday", 400, "ISO-8601");
		assertProblem("/api/v1/stories?order=random", 400, "'order'");
		assertProblem("/api/v1/stories?section=no-such-section-here", 400, "No section");
		assertProblem("/api/v1/stories?subject=no-such-subject-here", 400, "No person, organization or event");
		assertProblem("/api/v1/stories/no-such-story-here", 404, "no-such-story-here");
		assertProblem("/api/v1/people/no-such-person-here", 404, "no-such-person-here");
		assertProblem("/api/v1/nothing-here", 404, "nothing at this address");
		// A cursor from one list is refused by a list with other filters.
		publish("Cursor story one");
		publish("Cursor story two");
		String next = body("/api/v1/stories?limit=1&section=" + api.sectionSlug).get("next").asString();
		String cursor = next.substring(next.indexOf("cursor=") + 7);
		assertProblem("/api/v1/stories?limit=1&cursor=" + cursor, 400, "another order or other filters");
	}

	void assertProblem(String path, int status, String detail) throws Exception {
		MockHttpServletResponse response = call(path);
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		assertThat(response.getContentType()).as(path).isEqualTo("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsString());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).as(path).contains(detail);
		assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void requestsWithoutALiveKeyGet401() throws Exception {
		for (String header : new String[] { null, "Bearer dk_not-a-real-key", "Basic YWRtaW46YWRtaW4=" }) {
			MockHttpServletRequestBuilder request = get("/api/v1/stories");
			if (header != null) {
				request.header("Authorization", header);
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(String.valueOf(header)).isEqualTo(401);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
			assertThat(response.getHeader("Set-Cookie")).isNull();
		}
		ApiKeys.Created revoked = keys.create("Soon revoked", null, api.editor.toActor());
		assertThat(mvc.perform(get("/api/v1/sections").header("Authorization", "Bearer " + revoked.token()))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		keys.revoke(revoked.id());
		assertThat(mvc.perform(get("/api/v1/sections").header("Authorization", "Bearer " + revoked.token()))
			.andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(keys.all().stream().filter(k -> k.id() == revoked.id()).findFirst().orElseThrow().lastUsedAt())
			.isNotNull();
	}

	@Test
	void aKeyPastItsRateLimitGets429WithRetryAfter() throws Exception {
		ApiKeys.Created limited = keys.create("Three a minute", "3", api.editor.toActor());
		for (int i = 0; i < 3; i++) {
			assertThat(mvc.perform(get("/api/v1/sections").header("Authorization", "Bearer " + limited.token()))
				.andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = mvc
			.perform(get("/api/v1/sections").header("Authorization", "Bearer " + limited.token()))
			.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
		// Another key is not held back by this one.
		assertThat(call("/api/v1/sections").getStatus()).isEqualTo(200);
	}

}
