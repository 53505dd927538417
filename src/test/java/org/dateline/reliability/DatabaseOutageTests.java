package org.dateline.reliability;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dateline.DatelineApplication;
import org.dateline.shared.EmbeddedPostgresControl;
import org.dateline.support.Eventually;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running Dateline and comes back: readers get the pages the cache
 * holds, and a short 503 with {@code Retry-After} for the others (never a stack trace, never a hang), a writer's save keeps the typed text
 * and goes through when sent again, health says DOWN then UP, and service is normal within
 * seconds of the database's return, without a restart.
 */
@Tag("slow")
class DatabaseOutageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\"\\s+value=\"(\\d+)\"|id=\"version\"[^>]*value=\"(\\d+)\"");

	@TempDir
	Path dir;

	private HttpClient http;

	private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private String base;

	@Test
	void anOutageGives503sAndKeepsTheWritersTextAndServiceReturnsWithoutARestart() throws Exception {
		Path data = dir.resolve("postgres");
		try (ConfigurableApplicationContext app = SpringApplication.run(DatelineApplication.class,
				"--dateline.embedded-database.enabled=true", "--dateline.embedded-database.data-directory=" + data,
				"--server.port=0")) {
			base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5)).build();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long section = jdbc.queryForObject("select min(id) from section", Long.class);

			signIn();
			String csrf = csrf(get("/desk/articles/new").body());
			HttpResponse<String> created = post("/desk/articles", Map.of("_csrf", csrf, "headline", "Before the outage",
					"body", "<p>Saved before the database went away.</p>", "sectionId", Long.toString(section), "dateline", "Oslo"));
			assertThat(created.statusCode()).isEqualTo(302);
			String editPath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
			String editForm = get(editPath).body();
			String version = version(editForm);
			csrf = csrf(editForm);
			assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

			// a published story and the front page, read by an anonymous reader before the outage (so cached)
			HttpResponse<String> published = post("/desk/articles", Map.of("_csrf", csrf, "headline", "Read before the outage",
					"body", "<p>Readers saw this while the database was still up.</p>", "sectionId", Long.toString(section),
					"dateline", "Bergen"));
			String publishedPath = URI.create(published.headers().firstValue("Location").orElseThrow()).getPath();
			long publishedId = Long.parseLong(publishedPath.substring(publishedPath.lastIndexOf('/') + 1));
			assertThat(post(publishedPath + "/publish", Map.of("_csrf", csrf(get(publishedPath).body()))).statusCode()).isEqualTo(302);
			String storyPath = "/articles/" + jdbc.queryForObject("select slug from article where id = ?", String.class, publishedId);
			HttpResponse<String> storyBefore = reader(storyPath);
			assertThat(storyBefore.statusCode()).isEqualTo(200);
			assertThat(storyBefore.body()).contains("Readers saw this while the database was still up.");
			String frontBefore = reader("/").body();
			assertThat(frontBefore).contains("Read before the outage");

			int port = EmbeddedPostgresControl.stop(data);
			try {
				long started = System.nanoTime();
				HttpResponse<String> reader = get("/search?q=outage");
				assertThat(millisSince(started)).as("a reader's request during the outage does not hang").isLessThan(8_000);
				assertThat(reader.statusCode()).isEqualTo(503);
				assertThat(reader.headers().firstValue("Retry-After")).isPresent();
				assertThat(reader.body()).contains("Back in a moment").doesNotContain("Exception").doesNotContain("\tat ");

				assertThat(get("/actuator/health").statusCode()).as("health during the outage").isEqualTo(503);

				// pages the cache holds are served as they were; a page it does not hold gets the 503
				HttpResponse<String> storyDuring = reader(storyPath);
				assertThat(storyDuring.statusCode()).as("a cached story page during the outage").isEqualTo(200);
				assertThat(storyDuring.body()).isEqualTo(storyBefore.body());
				assertThat(storyDuring.headers().firstValue("ETag")).isEqualTo(storyBefore.headers().firstValue("ETag"));
				HttpResponse<String> frontDuring = reader("/");
				assertThat(frontDuring.statusCode()).as("the cached front page during the outage").isEqualTo(200);
				assertThat(frontDuring.body()).isEqualTo(frontBefore);
				HttpResponse<String> uncached = reader("/search?q=never+asked+before");
				assertThat(uncached.statusCode()).as("an uncached reader page during the outage").isEqualTo(503);
				assertThat(uncached.headers().firstValue("Retry-After")).isPresent();
				assertThat(uncached.body()).contains("Back in a moment").doesNotContain("Exception");

				String typed = "<p>Typed while the database was down: every word of it matters.</p>";
				Map<String, String> save = new LinkedHashMap<>();
				save.put("_csrf", csrf);
				save.put("version", version);
				save.put("headline", "During the outage");
				save.put("body", typed);
				save.put("sectionId", Long.toString(section));
				save.put("dateline", "Oslo");
				HttpResponse<String> failedSave = post(editPath, save);
				assertThat(failedSave.statusCode()).isEqualTo(503);
				assertThat(failedSave.body()).contains("Not saved yet")
					.contains("Typed while the database was down: every word of it matters.")
					.contains("value=\"During the outage\"")
					.contains("action=\"" + editPath + "\"");
			}
			finally {
				EmbeddedPostgresControl.start(data, port);
			}
			long back = System.nanoTime();
			// the 5 s target is a figure for docs/reliability.md; here, on a shared machine, the
			// test holds that service comes back by itself, without a restart
			Eventually.await("health UP again without a restart", Duration.ofSeconds(30),
					() -> get("/actuator/health").statusCode() == 200);
			Map<String, String> resubmit = new LinkedHashMap<>();
			resubmit.put("_csrf", csrf);
			resubmit.put("version", version);
			resubmit.put("headline", "During the outage");
			resubmit.put("body", "<p>Typed while the database was down: every word of it matters.</p>");
			resubmit.put("sectionId", Long.toString(section));
			resubmit.put("dateline", "Oslo");
			assertThat(post(editPath, resubmit).statusCode()).as("the same form sent again saves").isEqualTo(302);
			long recovered = millisSince(back);
			System.out.println("Database outage: health UP and the resubmitted save done " + recovered
					+ " ms after the database's return (target 5,000 ms)");
			assertThat(recovered).as("normal service without a restart").isLessThan(30_000);
			assertThat(jdbc.queryForObject("select headline from article where headline = 'During the outage'", String.class))
				.isEqualTo("During the outage");
			assertThat(jdbc.queryForObject("select count(*) from article_revision where body_html like '%every word of it matters%'",
					Integer.class)).isEqualTo(1);
			assertThat(get("/search?q=outage").statusCode()).isEqualTo(200);
		}
	}

	private void signIn() throws Exception {
		String csrf = csrf(get("/login").body());
		HttpResponse<String> response = post("/login",
				Map.of("_csrf", csrf, "username", "admin", "password", "quiet test passphrase for the suite"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	/** A reader without cookies, as the page cache serves them. */
	private HttpResponse<String> reader(String path) throws Exception {
		return anonymous.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF field in the page").isTrue();
		return m.group(1);
	}

	private static String version(String html) {
		Matcher m = VERSION.matcher(html);
		assertThat(m.find()).as("a version field in the edit form").isTrue();
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

}
