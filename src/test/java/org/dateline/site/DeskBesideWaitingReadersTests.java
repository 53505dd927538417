package org.dateline.site;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.shared.Role;
import org.dateline.support.Eventually;
import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat with few request threads: readers waiting for a turn hold request threads, but
 * never all of them, so a reporter's save goes through while every reader turn is taken; the
 * readers who found no room are told to come back (503 with {@code Retry-After}), and the ones
 * who waited get their page.
 */
@WebServerTest
@TestPropertySource(properties = { "server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=2",
		"dateline.cache.build-queue-timeout=60s" })
class DeskBesideWaitingReadersTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Autowired
	ReaderBuilds builds;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aDraftSaveReturnsWhileReadersWaitingForATurnFillTheServer() throws Exception {
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER);
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		long section = articles.sections().get(0).getId();
		Article story = articles.publish(articles.create(new SaveArticle(new ArticleContent(
				"Read while the desk works " + System.nanoTime(), null, "<p>Read widely.</p>", null), section, null, null),
				editor.toActor()).getId(), editor.toActor());
		Article draft = articles.create(new SaveArticle(new ArticleContent("A draft beside the readers", null,
				"<p>First words.</p>", null), section, null, null), reporter.toActor());
		String session = signIn(reporter);
		HttpResponse<String> editPage = http.send(request("/desk/articles/" + draft.getId()).header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(editPage.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(editPage.body());
		assertThat(csrf.find()).isTrue();

		int readers = 12;
		int held = 0;
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		try {
			// every turn to answer a reader is taken
			for (; held < builds.servingLimit(); held++) {
				assertThat(builds.enterServing()).isTrue();
			}
			for (int i = 0; i < readers; i++) {
				// each on its own connection, as separate readers are
				HttpClient reader = HttpClient.newHttpClient();
				pages.add(reader.sendAsync(request("/articles/" + story.getSlug()).build(),
						HttpResponse.BodyHandlers.ofString()));
			}
			int room = builds.insideLimit() - builds.servingLimit();
			assertThat(room).as("readers the 8 threads leave room for, with threads to spare").isBetween(1, 6);
			Eventually.await("readers waiting for a turn", Duration.ofSeconds(30),
					() -> builds.waitingToBeServed() == room);
			Eventually.await("the readers with no room turned away", Duration.ofSeconds(30),
					() -> pages.stream().filter(CompletableFuture::isDone).count() == readers - room);
			for (CompletableFuture<HttpResponse<String>> page : pages) {
				if (page.isDone()) {
					assertThat(page.get().statusCode()).isEqualTo(503);
					assertThat(page.get().headers().firstValue("Retry-After")).hasValue("5");
				}
			}

			HttpResponse<String> saved = http.send(request("/desk/articles/" + draft.getId()).header("Cookie", session)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofString(form("headline", "A draft beside the readers", "body",
						"Saved while readers filled the server.", "sectionId", String.valueOf(section), "version",
						String.valueOf(draft.getVersion()), "_csrf", csrf.group(1))))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(saved.statusCode()).as("the save").isEqualTo(302);
			assertThat(articles.get(draft.getId()).getBodyText()).contains("Saved while readers filled the server.");
			assertThat(pages.stream().filter(p -> !p.isDone()).count()).as("readers still waiting").isEqualTo(room);
		}
		finally {
			for (; held > 0; held--) {
				builds.leaveServing();
			}
		}
		for (CompletableFuture<HttpResponse<String>> page : pages) {
			HttpResponse<String> answer = page.get(30, TimeUnit.SECONDS);
			if (answer.statusCode() == 200) {
				assertThat(answer.body()).contains(story.getHeadline());
			}
		}
		assertThat(pages.stream().filter(p -> p.join().statusCode() == 200).count()).as("readers who waited and were served")
			.isEqualTo(builds.insideLimit() - builds.servingLimit());
	}

	private String signIn(DeskUser user) throws Exception {
		HttpResponse<String> loginPage = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = http.send(request("/login").header("Cookie", session(loginPage))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("username", user.getUsername(), "password",
					TestAccounts.PASSWORD, "_csrf", csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return session(signedIn);
	}

	private static String session(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

	private static String form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
