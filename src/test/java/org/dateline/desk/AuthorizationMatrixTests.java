package org.dateline.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.shared.Role;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.desk.AuthorizationMatrixTests.Outcome.ALLOWED;
import static org.dateline.desk.AuthorizationMatrixTests.Outcome.DENIED;
import static org.dateline.desk.AuthorizationMatrixTests.Outcome.LOGIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the application, with what anonymous visitors, reporters, editors and admins
 * get. A route that has no row here fails {@link #everyRouteIsInTheMatrix()}, so a new desk page
 * cannot ship without someone deciding who may use it.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	enum Outcome {

		/** Sent to the sign-in page. */
		LOGIN,
		/** Refused with 403. */
		DENIED,
		/** Served (any status but 401, 403 and 5xx, and no redirect to sign-in). */
		ALLOWED

	}

	/** One route: method, pattern as mapped, a concrete path, and the outcome per role. */
	record Row(HttpMethod method, String pattern, Function<Fixture, String> path, Map<String, String> params,
			Outcome anonymous, Outcome reporter, Outcome editor, Outcome admin) {
	}

	/** Ids the concrete paths need: a story written by someone other than the reporter, a user to act on. */
	record Fixture(long othersStory, long ownStory, long targetUser, long othersRevision, long section, long person,
			long event) {
	}

	static final List<Row> MATRIX = new ArrayList<>();

	/** A library image for the photo desk's routes, uploaded before each test. */
	static volatile long mediaImage;

	static final Set<String> TEST_ONLY_ROUTES = Set.of("GET /test-support/fail");

	static void row(HttpMethod method, String pattern, Outcome anonymous, Outcome reporter, Outcome editor,
			Outcome admin) {
		row(method, pattern, Map.of(), anonymous, reporter, editor, admin);
	}

	static void row(HttpMethod method, String pattern, Map<String, String> params, Outcome anonymous,
			Outcome reporter, Outcome editor, Outcome admin) {
		Function<Fixture, String> path = f -> pattern
			.replace("/desk/media/{id}", "/desk/media/" + mediaImage)
			.replace("/media/{hash}/{name:.+}", "/media/" + "0".repeat(32) + "/320.jpg")
			.replace("/desk/{kind:people|organizations}/{id}", "/desk/people/" + f.person())
			.replace("/desk/{kind:people|organizations|events}/{id}", "/desk/people/" + f.person())
			.replace("/desk/{kind:people|organizations|events}", "/desk/people")
			.replace("/desk/people/{id}", "/desk/people/" + f.person())
			.replace("/desk/events/{id}", "/desk/events/" + f.event())
			.replace("{affiliationId}", "0").replace("{participantId}", "0").replace("{previousId}", "0")
			.replace("/articles/{id}", "/articles/" + f.othersStory())
			.replace("{revisionId}", String.valueOf(f.othersRevision()))
			.replace("/sections/{id}", "/sections/" + f.section())
			.replace("/users/{id}", "/users/" + f.targetUser())
			.replace("/api-keys/{id}", "/api-keys/0")
			.replace("/webhooks/{id}", "/webhooks/0").replace("{deliveryId}", "0")
			.replace("/api/v1/**", "/api/v1/anything")
			.replace("{articleId}", String.valueOf(f.othersStory()))
			.replace("{page}", "1")
			.replace("{slug}", "news");
		MATRIX.add(new Row(method, pattern, path, params, anonymous, reporter, editor, admin));
	}

	static {
		HttpMethod GET = HttpMethod.GET;
		HttpMethod POST = HttpMethod.POST;
		// reader site and sign-in
		row(GET, "/", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/articles/{slug}", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/login", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/error", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/sections/{slug}", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/sections/{slug}/feed.atom", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/search", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/feed.atom", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/sitemap.xml", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/sitemap-{page}.xml", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/sitemap-subjects.xml", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/sitemap-subjects-{page}.xml", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/news-sitemap.xml", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/robots.txt", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/people/{slug}", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/organizations/{slug}", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/events/{slug}", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/people/{slug}/feed.atom", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/organizations/{slug}/feed.atom", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/events/{slug}/feed.atom", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		// every desk user
		row(GET, "/desk", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/desk/account", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/account", Map.of("displayName", "Same Name"), LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/desk/account/password", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/account/password", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/desk/articles/new", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		// another writer's story: reporters may not open, save or submit it
		row(GET, "/desk/articles/{id}", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}", Map.of("headline", "Edited by the desk", "sectionId", "1"), LOGIN, DENIED,
				ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/submit", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(GET, "/desk/articles/{id}/preview", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(GET, "/desk/articles/{id}/revisions", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/revisions/{revisionId}/restore", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/autosave", Map.of("headline", "Autosaved headline", "version", "0"), LOGIN,
				DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/autosave/discard", LOGIN, DENIED, ALLOWED, ALLOWED);
		// editors' workflow moves
		row(POST, "/desk/articles/{id}/return", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/schedule", Map.of("publishAt", "2099-01-01T09:00"), LOGIN, DENIED, ALLOWED,
				ALLOWED);
		row(POST, "/desk/articles/{id}/publish", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/unpublish", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/corrections", Map.of("kind", "UPDATE", "text", "Matrix update"), LOGIN, DENIED,
				ALLOWED, ALLOWED);
		// editors: the front page's top stories
		row(GET, "/desk/front-page", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/front-page", Map.of("articleId", "0"), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/front-page/{articleId}/up", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/front-page/{articleId}/down", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/front-page/{articleId}/remove", LOGIN, DENIED, ALLOWED, ALLOWED);
		// editors: sections
		row(GET, "/desk/sections", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/sections", Map.of("name", ""), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/sections/{id}", Map.of("name", "News"), LOGIN, DENIED, ALLOWED, ALLOWED);
		// every desk user: finding subjects to link; editors: creating one from the story editor
		row(GET, "/desk/subjects/search", Map.of("q", "matrix"), LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/subjects", Map.of("name", ""), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/suggestions", Map.of("text", "Matrix text"), LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/suggestions/reject", Map.of("key", "subject:0"), LOGIN, DENIED, ALLOWED,
				ALLOWED);
		// editors: people, organizations and events
		row(GET, "/desk/{kind:people|organizations|events}", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(GET, "/desk/{kind:people|organizations|events}/new", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/{kind:people|organizations|events}", Map.of("name", ""), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(GET, "/desk/{kind:people|organizations|events}/{id}", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/{kind:people|organizations|events}/{id}", Map.of("name", ""), LOGIN, DENIED, ALLOWED,
				ALLOWED);
		row(POST, "/desk/{kind:people|organizations|events}/{id}/merge", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/{kind:people|organizations|events}/{id}/delete", LOGIN, DENIED,
				ALLOWED, ALLOWED);
		row(POST, "/desk/people/{id}/affiliations", Map.of("organization", ""), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/people/{id}/affiliations/{affiliationId}/delete", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/people/{id}/affiliations/{affiliationId}/current", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/events/{id}/participants", Map.of("participant", ""), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/events/{id}/participants/{participantId}/delete", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/events/{id}/follow-ups", Map.of("event", ""), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/events/{id}/follow-ups/{previousId}/delete", LOGIN, DENIED, ALLOWED, ALLOWED);
		// the photo desk: every desk user uploads and uses pictures; only editors delete them
		row(GET, "/media/{hash}/{name:.+}", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/desk/media", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/media", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/desk/media/picker", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/desk/media/{id}", LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/media/{id}", Map.of("caption", "Matrix caption", "version", "0"), LOGIN, ALLOWED, ALLOWED,
				ALLOWED);
		row(POST, "/desk/media/{id}/focal-point", Map.of("x", "40", "y", "60"), LOGIN, ALLOWED, ALLOWED, ALLOWED);
		row(POST, "/desk/media/{id}/delete", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/lead-image", Map.of("imageId", "0"), LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/articles/{id}/lead-image/remove", LOGIN, DENIED, ALLOWED, ALLOWED);
		row(POST, "/desk/{kind:people|organizations}/{id}/image", LOGIN, DENIED, ALLOWED, ALLOWED);
		// admins only
		row(GET, "/desk/users", LOGIN, DENIED, DENIED, ALLOWED);
		row(GET, "/desk/users/new", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/users", Map.of("username", "", "displayName", ""), LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/users/{id}/role", Map.of("role", "REPORTER"), LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/users/{id}/enable", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/users/{id}/disable", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/users/{id}/reset-password", LOGIN, DENIED, DENIED, ALLOWED);
		row(GET, "/desk/audit", LOGIN, DENIED, DENIED, ALLOWED);
		// admins only: API keys
		row(GET, "/desk/api-keys", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/api-keys", Map.of("name", ""), LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/api-keys/{id}/revoke", LOGIN, DENIED, DENIED, ALLOWED);
		// admins only: webhooks
		row(GET, "/desk/webhooks", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/webhooks", Map.of("url", ""), LOGIN, DENIED, DENIED, ALLOWED);
		row(GET, "/desk/webhooks/{id}", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/webhooks/{id}/enable", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/webhooks/{id}/disable", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/webhooks/{id}/delete", LOGIN, DENIED, DENIED, ALLOWED);
		row(POST, "/desk/webhooks/{id}/deliveries/{deliveryId}/send-again", LOGIN, DENIED, DENIED, ALLOWED);
		// the content API: a key, never a desk session (401 for everyone without one)
		for (String api : List.of("/api/v1/stories", "/api/v1/stories/{slug}", "/api/v1/sections", "/api/v1/people",
				"/api/v1/people/{slug}", "/api/v1/organizations", "/api/v1/organizations/{slug}", "/api/v1/events",
				"/api/v1/events/{slug}", "/api/v1/**")) {
			row(GET, api, DENIED, DENIED, DENIED, DENIED);
		}
		// its description and docs page are open
		row(GET, "/api/v1/openapi.json", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/api/v1/openapi.json.yaml", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/api/v1/openapi.json/swagger-config", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
		row(GET, "/api/docs", ALLOWED, ALLOWED, ALLOWED, ALLOWED);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	Map<Role, DeskUser> users = new LinkedHashMap<>();

	Fixture fixture;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		for (Role role : Role.values()) {
			users.put(role, accounts.create(role));
		}
		DeskUser otherWriter = accounts.create(Role.EDITOR);
		long othersStory = articles.create(new SaveArticle(new ArticleContent("Matrix story by another writer", null,
				"<p>Text.</p>", null), articles.sections().get(0).getId(), null, null), otherWriter.toActor()).getId();
		long ownStory = articles.create(new SaveArticle(new ArticleContent("Matrix story by the reporter", null,
				"<p>Text.</p>", null), articles.sections().get(0).getId(), null, null), users.get(Role.REPORTER).toActor())
			.getId();
		long othersRevision = articles.revisions(othersStory).get(0).getId();
		TestSubjects subjects = new TestSubjects(context, users.get(Role.EDITOR).toActor());
		mediaImage = context.getBean(org.dateline.media.MediaLibrary.class)
			.upload(new org.dateline.media.MediaLibrary.Upload("matrix.jpg",
					org.dateline.support.TestPhotos.photo(400, 300, null, false, 1)),
					users.get(Role.REPORTER).toActor())
			.image()
			.id();
		fixture = new Fixture(othersStory, ownStory, accounts.create(Role.REPORTER).id(), othersRevision,
				articles.sections().get(0).getId(), subjects.person(TestSubjects.unique("Matrix Person")).getId(),
				subjects.event(TestSubjects.unique("Matrix Event"), "2026-01", null).getId());
	}

	@Test
	void everyRouteIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (methods.isEmpty()) {
					mapped.add("GET " + pattern);
				}
				methods.forEach(m -> mapped.add(m.name() + " " + pattern));
			}
		}
		mapped.removeAll(TEST_ONLY_ROUTES);
		Set<String> inMatrix = new TreeSet<>();
		MATRIX.forEach(r -> inMatrix.add(r.method().name() + " " + r.pattern()));
		assertThat(inMatrix).as("routes without a row in the authorization matrix").containsAll(mapped);
		assertThat(mapped).as("matrix rows for routes that no longer exist").containsAll(inMatrix);
	}

	@Test
	void everyRoleGetsExactlyWhatTheMatrixSays() throws Exception {
		List<String> mismatches = new ArrayList<>();
		for (Row row : MATRIX) {
			check(row, null, row.anonymous(), mismatches);
			check(row, users.get(Role.REPORTER), row.reporter(), mismatches);
			check(row, users.get(Role.EDITOR), row.editor(), mismatches);
			check(row, users.get(Role.ADMIN), row.admin(), mismatches);
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void reportersMayOpenTheirOwnStory() throws Exception {
		MockHttpServletResponse response = mvc.perform(request(HttpMethod.GET, "/desk/articles/" + fixture.ownStory())
			.with(user(users.get(Role.REPORTER)))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private void check(Row row, DeskUser user, Outcome expected, List<String> mismatches) throws Exception {
		MockHttpServletRequestBuilder request = request(row.method(), row.path().apply(fixture)).with(csrf());
		row.params().forEach(request::param);
		if (user != null) {
			request.with(user(user));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		Outcome actual = outcome(response);
		if (response.getStatus() >= 500) {
			// a route that crashes is not "allowed"
			mismatches.add(row.method() + " " + row.pattern() + " as " + (user == null ? "anonymous" : user.role())
					+ ": " + response.getStatus());
		}
		else if (actual != expected) {
			mismatches.add(row.method() + " " + row.pattern() + " as " + (user == null ? "anonymous" : user.role())
					+ ": expected " + expected + " but got " + actual + " (" + response.getStatus() + " "
					+ response.getRedirectedUrl() + ")");
		}
	}

	private static Outcome outcome(MockHttpServletResponse response) {
		if (response.getStatus() == 403 || response.getStatus() == 401) {
			return DENIED;
		}
		String redirect = response.getRedirectedUrl();
		if (redirect != null && (redirect.endsWith("/login") || redirect.contains("/login?"))) {
			return LOGIN;
		}
		return ALLOWED;
	}


	/** Metrics are for a scraper with an admin's credentials over HTTP Basic (served in {@code SeveralInstancesTests}); readers and other roles get 401 or 403. */
	@Test
	void prometheusMetricsNeedAnAdminOverBasicAuthentication() throws Exception {
		assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/prometheus")).andReturn().getResponse().getStatus())
			.isEqualTo(401);
		for (Role role : List.of(Role.REPORTER, Role.EDITOR)) {
			assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/prometheus")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic(users.get(role).getUsername(), TestAccounts.PASSWORD)))
				.andReturn().getResponse().getStatus()).as(role.name()).isEqualTo(403);
		}
	}

}
