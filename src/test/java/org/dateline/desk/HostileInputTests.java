package org.dateline.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.desk.AuthorizationMatrixTests.Fixture;
import org.dateline.desk.AuthorizationMatrixTests.Row;
import org.dateline.shared.Role;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route in the authorization matrix, GET and POST, as anonymous and as each role (with a
 * CSRF token), sent generated hostile input: wrong types, missing and duplicated parameters,
 * 10,000-character and 1.5 MB values, control, right-to-left and zero-width characters, HTML and
 * script payloads, in parameters and in path variables. No answer may be a 5xx, show a stack
 * trace, or echo a script payload unescaped. Runs in a context (and database) of its own, since
 * it renames, disables and deletes freely. {@code -Dhostile.trials=N} sets the inputs per route
 * and role (3 by default; the count tried is printed).
 */
@Tag("slow")
@IntegrationTest
@TestPropertySource(properties = "dateline.site-name=Dateline hostile input")
class HostileInputTests {

	/** Payloads whose raw form must never come back in a page. */
	static final List<String> SCRIPTS = List.of("<script>alert(7331)</script>", "\"><img src=x onerror=alert(7332)>",
			"</textarea><script>alert(7333)</script>", "<svg onload=alert(7334)>", "javascript:alert(7335)//");

	static final List<String> FIELDS = List.of("headline", "dek", "body", "dateline", "slug", "sectionId", "version",
			"bylines", "q", "page", "section", "from", "to", "until", "actor", "action", "subject", "name", "position",
			"kind", "text", "note", "publishAt", "username", "password", "displayName", "email", "role",
			"organization", "organizationId", "participant", "participantId", "event", "since", "current",
			"currentPassword", "newPassword", "confirmPassword", "aliases", "description", "summary", "country",
			"place", "start", "end", "status", "key", "articleId", "restore", "addSubject", "addSubjectId",
			"addProminence", "linksShown", "links[0].subjectId", "links[0].prominence", "links[0].source",
			"links[0].remove", "links[99999].subjectId", "into", "parentId", "id");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	static final List<String> WRONG_TYPES = List.of("abc", "-1", "0", "2147483648", "-2147483649",
			"9223372036854775808", "1e9", "NaN", "true", "", " ", "null", "[]", "{}", "0x1F", "١٢٣",
			"+999999999-12-31", "-999999999-01-01", "2026-13-45", "2026-02-30T25:61", "99999-01-01", "PRIMARY",
			"primary", "ADMIN", "EDITOR", "../../etc/passwd", "%00", "%", "a%zzb");

	static final List<String> ODD_CHARACTERS = List.of("a\u0000b", "\u000b headline \u000c", "\u0001\u0002\u001f",
			"\uFFFE\uFFFF", "lone \uD800 high", "lone \uDC00 low", "\u202Eevil\u202C", "\u200B\u200C\u200D\u2060\uFEFF",
			"\u2066rtl\u2069 \u05D0\u05D1 \u0627\u0644", "name\u3000", "line\r\nbreak\r\n\r\nInjected: yes",
			"e\u0301\u0301\u0301", "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC67", "\\", "'", "\"",
			"'; drop table article; --", "${7*7}", "*{7*7}", "[[${7*7}]]", "__${7*7}__::x");

	static final List<String> HUGE = List.of("x".repeat(10_000), "\u00e9<".repeat(5_000), "long ".repeat(300_000));

	/**
	 * Draws hostile payloads from a seeded generator, so a failing run can be repeated with the
	 * same {@code -Dhostile.seed}: wrong types 6 parts in 23, script payloads 5, odd characters 4,
	 * arbitrary UTF-16 (lone surrogates included) 4, markup characters 2, huge values 2.
	 */
	static String payload(Random random) {
		int draw = random.nextInt(23);
		if (draw < 6) {
			return pick(random, WRONG_TYPES);
		}
		if (draw < 11) {
			return pick(random, SCRIPTS);
		}
		if (draw < 15) {
			return pick(random, ODD_CHARACTERS);
		}
		if (draw < 19) {
			return anyChars(random, random.nextInt(41));
		}
		if (draw < 21) {
			return fromChars(random, "a<>&\"' \n", 1 + random.nextInt(30));
		}
		return pick(random, HUGE);
	}

	static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	static String anyChars(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			// half from the first 0x3000 code units (controls, Latin, RTL, combining), half from all of UTF-16
			text.append((char) (random.nextBoolean() ? random.nextInt(0x3000) : random.nextInt(0x10000)));
		}
		return text.toString();
	}

	static String fromChars(Random random, String alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	Fixture fixture(Map<Role, DeskUser> users) {
		TestAccounts accounts = new TestAccounts(context);
		for (Role role : Role.values()) {
			users.put(role, accounts.create(role));
		}
		DeskUser otherWriter = accounts.create(Role.EDITOR);
		TestArticles stories = new TestArticles(articles, otherWriter.toActor());
		long othersStory = stories.story("Hostile input story").body("<p>Text.</p>").draft().getId();
		long ownStory = stories.story("Hostile input story of the reporter").body("<p>Text.</p>").by(users.get(Role.REPORTER).toActor()).draft()
			.getId();
		TestSubjects subjects = new TestSubjects(context, users.get(Role.EDITOR).toActor());
		return new Fixture(othersStory, ownStory, accounts.create(Role.REPORTER).id(),
				articles.revisions(othersStory).get(0).getId(), articles.sections().get(0).getId(),
				subjects.person(TestSubjects.unique("Hostile Person")).getId(),
				subjects.event(TestSubjects.unique("Hostile Event"), "2026-01", null).getId());
	}

	@Test
	void noRouteAnswersHostileInputWithA5xxAStackTraceOrAnUnescapedPayload() throws Exception {
		int trials = Integer.getInteger("hostile.trials", 3);
		Random random = new Random(Long.getLong("hostile.seed", 20261201L));
		Map<Role, DeskUser> users = new LinkedHashMap<>();
		List<String> failures = new ArrayList<>();
		int tried = 0;
		Fixture fixture = null;
		int rows = 0;
		for (Row row : AuthorizationMatrixTests.MATRIX) {
			// a fresh fixture every few routes: the input deletes, merges, disables and unpublishes
			if (rows++ % 10 == 0) {
				users.clear();
				fixture = fixture(users);
			}
			List<DeskUser> as = new ArrayList<>();
			as.add(null);
			as.addAll(users.values());
			for (DeskUser user : as) {
				for (int trial = 0; trial < trials; trial++) {
					String path = row.path().apply(fixture);
					if (random.nextInt(4) == 0) {
						path = mutatePath(path, payload(random), random);
					}
					MockHttpServletRequestBuilder request = request(row.method(), java.net.URI.create(path)).with(csrf());
					Map<String, String> sent = new LinkedHashMap<>();
					row.params().forEach((name, value) -> {
						if (random.nextInt(3) > 0) {
							request.param(name, value);
						}
					});
					int fields = 1 + random.nextInt(6);
					for (int f = 0; f < fields; f++) {
						String name = FIELDS.get(random.nextInt(FIELDS.size()));
						String value = payload(random);
						request.param(name, value);
						if (random.nextInt(5) == 0) {
							request.param(name, payload(random)); // duplicated
						}
						sent.put(name, value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value);
					}
					if (user != null) {
						request.with(user(user));
					}
					tried++;
					MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
					String body = response.getContentAsString(StandardCharsets.UTF_8);
					String where = row.method() + " " + path + " as " + (user == null ? "anonymous" : user.role()) + " "
							+ sent;
					if (response.getStatus() >= 500) {
						failures.add(response.getStatus() + ": " + where);
					}
					if (body.contains("\tat org.") || body.contains("at java.base/") || body.contains("Exception:")) {
						failures.add("stack trace: " + where);
					}
					for (String script : SCRIPTS) {
						if (body.contains(script.substring(0, Math.min(script.length(), 24)))
								&& !script.startsWith("javascript:")) {
							failures.add("unescaped " + script + ": " + where);
						}
					}
				}
			}
		}
		System.out.println("Hostile input: " + tried + " requests tried on " + AuthorizationMatrixTests.MATRIX.size()
				+ " routes, " + failures.size() + " failures");
		assertThat(failures).isEmpty();
	}

	/** Swaps a path segment (an id, a slug, a page) for a payload, URL-encoded as a browser would. */
	static String mutatePath(String path, String payload, Random random) {
		String[] segments = path.split("/");
		if (segments.length < 2) {
			return path;
		}
		int which = 1 + random.nextInt(segments.length - 1);
		String value = payload.length() > 300 ? payload.substring(0, 300) : payload;
		segments[which] = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		return String.join("/", segments);
	}

}
