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
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
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

	static final Set<String> TEST_ONLY_ROUTES = Set.of("GET /test-support/fail", "GET /test-support/unavailable");

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

	/**
	 * Who may use each route: {@code everyone}; {@code desk} (any signed-in user; anonymous visitors
	 * are sent to sign in); {@code editors} (editors and admins; reporters get 403: this is how a
	 * reporter meets another writer's story, too); {@code admins}; {@code api-key} (401 for every
	 * caller without a key, desk sessions included). After the access level come the form
	 * parameters the request carries ({@code name=value&...}); {@code #} starts a comment.
	 */
	static final String ROUTES = """
			# reader site and sign-in
			GET  /                                                       everyone
			GET  /articles/{slug}                                        everyone
			GET  /login                                                  everyone
			GET  /error                                                  everyone
			GET  /sections/{slug}                                        everyone
			GET  /sections/{slug}/feed.atom                              everyone
			GET  /search                                                 everyone
			GET  /feed.atom                                              everyone
			GET  /sitemap.xml                                            everyone
			GET  /sitemap-{page}.xml                                     everyone
			GET  /sitemap-subjects.xml                                   everyone
			GET  /sitemap-subjects-{page}.xml                            everyone
			GET  /news-sitemap.xml                                       everyone
			GET  /robots.txt                                             everyone
			GET  /people/{slug}                                          everyone
			GET  /organizations/{slug}                                   everyone
			GET  /events/{slug}                                          everyone
			GET  /people/{slug}/feed.atom                                everyone
			GET  /organizations/{slug}/feed.atom                         everyone
			GET  /events/{slug}/feed.atom                                everyone
			# every desk user
			GET  /desk                                                   desk
			GET  /desk/account                                           desk
			POST /desk/account                                           desk      displayName=Same Name
			GET  /desk/account/password                                  desk
			POST /desk/account/password                                  desk
			GET  /desk/articles/new                                      desk
			POST /desk/articles                                          desk
			# another writer's story: reporters may not open, save or submit it
			GET  /desk/articles/{id}                                     editors
			POST /desk/articles/{id}                                     editors   headline=Edited by the desk&sectionId=1
			POST /desk/articles/{id}/submit                              editors
			GET  /desk/articles/{id}/preview                             editors
			GET  /desk/articles/{id}/revisions                           editors
			POST /desk/articles/{id}/revisions/{revisionId}/restore      editors
			POST /desk/articles/{id}/autosave                            editors   headline=Autosaved headline&version=0
			POST /desk/articles/{id}/autosave/discard                    editors
			# editors' workflow moves
			POST /desk/articles/{id}/return                              editors
			POST /desk/articles/{id}/schedule                            editors   publishAt=2099-01-01T09:00
			POST /desk/articles/{id}/publish                             editors
			POST /desk/articles/{id}/unpublish                           editors
			POST /desk/articles/{id}/corrections                         editors   kind=UPDATE&text=Matrix update
			# editors: the front page's top stories
			GET  /desk/front-page                                        editors
			POST /desk/front-page                                        editors   articleId=0
			POST /desk/front-page/{articleId}/up                         editors
			POST /desk/front-page/{articleId}/down                       editors
			POST /desk/front-page/{articleId}/remove                     editors
			# editors: sections
			GET  /desk/sections                                          editors
			POST /desk/sections                                          editors   name=
			POST /desk/sections/{id}                                     editors   name=News
			# every desk user: finding subjects to link; editors: creating one from the story editor
			GET  /desk/subjects/search                                   desk      q=matrix
			POST /desk/subjects                                          editors   name=
			POST /desk/suggestions                                       desk      text=Matrix text
			POST /desk/articles/{id}/suggestions/reject                  editors   key=subject:0
			# editors: people, organizations and events
			GET  /desk/{kind:people|organizations|events}                editors
			GET  /desk/{kind:people|organizations|events}/new            editors
			POST /desk/{kind:people|organizations|events}                editors   name=
			GET  /desk/{kind:people|organizations|events}/{id}           editors
			POST /desk/{kind:people|organizations|events}/{id}           editors   name=
			POST /desk/{kind:people|organizations|events}/{id}/merge     editors
			POST /desk/{kind:people|organizations|events}/{id}/delete    editors
			POST /desk/people/{id}/affiliations                          editors   organization=
			POST /desk/people/{id}/affiliations/{affiliationId}/delete   editors
			POST /desk/people/{id}/affiliations/{affiliationId}/current  editors
			POST /desk/events/{id}/participants                          editors   participant=
			POST /desk/events/{id}/participants/{participantId}/delete   editors
			POST /desk/events/{id}/follow-ups                            editors   event=
			POST /desk/events/{id}/follow-ups/{previousId}/delete        editors
			# the photo desk: every desk user uploads and uses pictures; only editors delete them
			GET  /media/{hash}/{name:.+}                                 everyone
			GET  /desk/media                                             desk
			POST /desk/media                                             desk
			GET  /desk/media/picker                                      desk
			GET  /desk/media/{id}                                        desk
			POST /desk/media/{id}                                        desk      caption=Matrix caption&version=0
			POST /desk/media/{id}/focal-point                            desk      x=40&y=60
			POST /desk/media/{id}/delete                                 editors
			POST /desk/articles/{id}/lead-image                          editors   imageId=0
			POST /desk/articles/{id}/lead-image/remove                   editors
			POST /desk/{kind:people|organizations}/{id}/image            editors
			# admins only
			GET  /desk/users                                             admins
			GET  /desk/users/new                                         admins
			POST /desk/users                                             admins    username=&displayName=
			POST /desk/users/{id}/role                                   admins    role=REPORTER
			POST /desk/users/{id}/enable                                 admins
			POST /desk/users/{id}/disable                                admins
			POST /desk/users/{id}/reset-password                         admins
			GET  /desk/audit                                             admins
			# admins only: API keys
			GET  /desk/api-keys                                          admins
			POST /desk/api-keys                                          admins    name=
			POST /desk/api-keys/{id}/revoke                              admins
			# admins only: webhooks
			GET  /desk/webhooks                                          admins
			POST /desk/webhooks                                          admins    url=
			GET  /desk/webhooks/{id}                                     admins
			POST /desk/webhooks/{id}/enable                              admins
			POST /desk/webhooks/{id}/disable                             admins
			POST /desk/webhooks/{id}/delete                              admins
			POST /desk/webhooks/{id}/deliveries/{deliveryId}/send-again  admins
			# the content API: a key, never a desk session (401 for everyone without one)
			GET  /api/v1/stories                                         api-key
			GET  /api/v1/stories/{slug}                                  api-key
			GET  /api/v1/sections                                        api-key
			GET  /api/v1/people                                          api-key
			GET  /api/v1/people/{slug}                                   api-key
			GET  /api/v1/organizations                                   api-key
			GET  /api/v1/organizations/{slug}                            api-key
			GET  /api/v1/events                                          api-key
			GET  /api/v1/events/{slug}                                   api-key
			GET  /api/v1/**                                              api-key
			# its description and docs page are open
			GET  /api/v1/openapi.json                                    everyone
			GET  /api/v1/openapi.json.yaml                               everyone
			GET  /api/v1/openapi.json/swagger-config                     everyone
			GET  /api/docs                                               everyone
			""";

	/** The outcome per caller (anonymous, reporter, editor, admin) of each access level of {@link #ROUTES}. */
	static final Map<String, List<Outcome>> ACCESS = Map.of(
			"everyone", List.of(ALLOWED, ALLOWED, ALLOWED, ALLOWED),
			"desk", List.of(LOGIN, ALLOWED, ALLOWED, ALLOWED),
			"editors", List.of(LOGIN, DENIED, ALLOWED, ALLOWED),
			"admins", List.of(LOGIN, DENIED, DENIED, ALLOWED),
			"api-key", List.of(DENIED, DENIED, DENIED, DENIED));

	static {
		for (String line : ROUTES.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
			String[] columns = line.split("\\s+", 4);
			List<Outcome> outcomes = ACCESS.get(columns[2]);
			if (outcomes == null) {
				throw new IllegalStateException("Unknown access level in the matrix: " + line);
			}
			Map<String, String> params = new LinkedHashMap<>();
			if (columns.length == 4) {
				for (String pair : columns[3].split("&")) {
					int eq = pair.indexOf('=');
					params.put(pair.substring(0, eq), pair.substring(eq + 1));
				}
			}
			row(HttpMethod.valueOf(columns[0]), columns[1], params, outcomes.get(0), outcomes.get(1), outcomes.get(2),
					outcomes.get(3));
		}
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
		TestArticles stories = new TestArticles(articles, otherWriter.toActor());
		long othersStory = stories.story("Matrix story by another writer").body("<p>Text.</p>").draft().getId();
		long ownStory = stories.story("Matrix story by the reporter").body("<p>Text.</p>").by(users.get(Role.REPORTER).toActor()).draft()
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
