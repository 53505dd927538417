package org.dateline.cache;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.core.ConditionTimeoutException;

import org.dateline.DatelineApplication;
import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.Byline;
import org.dateline.article.section.SectionService;
import org.dateline.article.TestArticles;
import org.dateline.cache.internal.InvalidationFeed;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Dateline instances on one PostgreSQL, with Varnish (and its xkey module) in front of A,
 * configured by {@code docs/varnish/dateline.vcl}. Shows what a newsroom running several
 * instances relies on: a change made on A reaches readers through the proxy and on B within a
 * second, a draft save touches nothing cached anywhere, a desk session started on A works on B,
 * and a scheduled story is published once although both instances run the scheduler.
 * <p>
 * Needs {@code varnishd} and the xkey vmod (Debian's {@code varnish} and {@code varnish-modules});
 * without them it is skipped with one loud line, and fails with {@code CI=true}.
 */
@Tag("slow")
@TestInstance(Lifecycle.PER_CLASS)
class SeveralInstancesTests {

	static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** How soon a change must reach every cache. */
	static final Duration PROPAGATION = Duration.ofSeconds(1);

	EmbeddedPostgres postgres;

	ConfigurableApplicationContext a;

	ConfigurableApplicationContext b;

	Process varnish;

	Path work;

	int proxyPort;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	Actor editor;

	DeskUser editorUser;

	long section;

	@BeforeAll
	void start() throws Exception {
		boolean present = Files.isExecutable(VARNISHD) && (Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so"))
				|| Files.exists(Path.of("/usr/lib/varnish/vmods/libvmod_xkey.so")));
		if (!present) {
			String message = "Varnish with the xkey module is missing, so the several-instances test is skipped: "
					+ "sudo apt-get install varnish varnish-modules";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and " + message);
			}
			System.err.println("\n*** " + message + " ***\n");
			assumeTrue(false, message);
		}
		work = Files.createTempDirectory("dateline-instances");
		postgres = EmbeddedPostgres.builder().start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database dateline");
		}
		proxyPort = freePort();
		a = instance();
		startVarnish(port(a));
		b = instance();
		editorUser = new TestAccounts(a).create(Role.EDITOR);
		editor = editorUser.toActor();
		section = a.getBean(SectionService.class).create("Metro", null, 1).getId();
	}

	ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(DatelineApplication.class).run(
				"--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "dateline"),
				"--spring.datasource.username=postgres",
				"--spring.datasource.password=",
				"--dateline.embedded-database.enabled=false",
				"--dateline.demo=false",
				"--dateline.scheduler.interval=200ms",
				"--dateline.scheduler.initial-delay=0s",
				"--dateline.cache.purge-urls=http://127.0.0.1:" + proxyPort + "/",
				"--dateline.cache.purge-again-after=300ms",
				"--spring.main.banner-mode=off");
	}

	void startVarnish(int backendPort) throws Exception {
		String vcl = Files.readString(Path.of("docs/varnish/dateline.vcl"))
			.replace(".port = \"8080\";", ".port = \"" + backendPort + "\";");
		Path file = work.resolve("dateline.vcl");
		Files.writeString(file, vcl);
		varnish = new ProcessBuilder(VARNISHD.toString(), "-F", "-j", "none", "-n", work.resolve("varnish").toString(),
				"-a", "127.0.0.1:" + proxyPort, "-f", file.toString(), "-s", "malloc,32m")
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("varnishd.log").toFile())
			.start();
		try {
			await("varnishd answering").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
				if (!varnish.isAlive()) {
					throw new IllegalStateException("varnishd exited");
				}
				try {
					http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + "/robots.txt")).build(),
							HttpResponse.BodyHandlers.discarding());
					return true;
				}
				catch (IOException ex) {
					return false;
				}
			});
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("varnishd did not start: " + Files.readString(work.resolve("varnishd.log")), ex);
		}
	}

	@AfterAll
	void stop() throws Exception {
		if (varnish != null) {
			varnish.destroy();
			if (!varnish.waitFor(10, TimeUnit.SECONDS)) {
				varnish.destroyForcibly();
			}
		}
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	HttpResponse<String> get(String base, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	String proxy() {
		return "http://127.0.0.1:" + proxyPort;
	}

	String onB() {
		return "http://127.0.0.1:" + port(b);
	}

	Article draft(String headline) {
		return new TestArticles(a, editor).story(headline).dateline("Tollan").byline("Metro Desk").section(section).draft();
	}

	Article publish(String headline) {
		return a.getBean(ArticleService.class).publish(draft(headline).getId(), editor);
	}

	/** Waits until every invalidation so far has been purged from the proxy (both times), so that caches primed after it stay primed. */
	void awaitPurged() throws Exception {
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		await("the purge queue draining").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.sql("select count(*) from cache_invalidation where purged_at is null").query(Long.class).single() == 0);
	}

	/** One page (an API answer when asked with a key's token) and what it must show once a change has reached it. */
	record Check(String base, String path, Predicate<HttpResponse<String>> done, String token) {

		Check(String base, String path, Predicate<HttpResponse<String>> done) {
			this(base, path, done, null);
		}

	}

	/**
	 * Polls every check (each on its own thread) until it holds, and asserts that each was seen holding by a request
	 * sent within {@link #PROPAGATION} of {@code since} (the moment the change was acknowledged).
	 * A request's start is what counts: a loaded machine may be slow to answer, but the answer
	 * reflects what the caches held when it was asked.
	 */
	void within(Instant since, Check... checks) throws Exception {
		java.util.concurrent.ExecutorService pollers = java.util.concurrent.Executors.newFixedThreadPool(checks.length);
		try {
			List<java.util.concurrent.Future<Instant>> seen = new java.util.ArrayList<>();
			for (Check check : checks) {
				// each page polled on its own thread, so one slow answer does not delay asking another
				seen.add(pollers.submit(() -> {
					AtomicReference<Instant> asked = new AtomicReference<>();
					try {
						await().atMost(Duration.between(Instant.now(), since.plusSeconds(10))).pollDelay(Duration.ZERO)
							.pollInterval(Duration.ofMillis(20))
							.until(() -> {
								Instant sent = Instant.now();
								boolean done = check.done().test(check.token() == null ? get(check.base(), check.path())
										: api(check.base(), check.path(), check.token()));
								if (done) {
									asked.set(sent);
								}
								return done;
							});
					}
					catch (ConditionTimeoutException ex) {
						return null;
					}
					return asked.get();
				}));
			}
			for (int i = 0; i < checks.length; i++) {
				Instant asked = seen.get(i).get();
				assertThat(asked).as("%s%s reflects the change at all", checks[i].base(), checks[i].path()).isNotNull();
				assertThat(Duration.between(since, asked)).as("%s%s reflects the change within %s", checks[i].base(),
						checks[i].path(), PROPAGATION).isLessThanOrEqualTo(PROPAGATION);
			}
		}
		finally {
			pollers.shutdownNow();
		}
	}

	void until(String base, String path, Predicate<HttpResponse<String>> done) throws Exception {
		within(Instant.now(), new Check(base, path, done));
	}

	@Test
	void aStoryPublishedOnAReachesTheProxyAndBWithinASecondAndLeavesAsFast() throws Exception {
		publish("Tram line extended");
		awaitPurged();
		for (String base : List.of(proxy(), onB())) {
			get(base, "/");
			get(base, "/sections/metro");
		}
		assertThat(get(proxy(), "/").headers().firstValue("X-Cache")).as("the front page is kept by Varnish").hasValue("HIT");

		Article story = publish("Night buses return");
		within(Instant.now(), new Check(proxy(), "/", r -> r.body().contains("Night buses return")),
				new Check(proxy(), "/sections/metro", r -> r.body().contains("Night buses return")),
				new Check(onB(), "/", r -> r.body().contains("Night buses return")),
				new Check(onB(), "/sections/metro", r -> r.body().contains("Night buses return")));

		String path = "/articles/" + story.getSlug();
		awaitPurged();
		get(proxy(), path);
		assertThat(get(proxy(), path).headers().firstValue("X-Cache")).hasValue("HIT");
		get(onB(), path);

		a.getBean(ArticleService.class).unpublish(story.getId(), editor);
		within(Instant.now(), new Check(proxy(), path, r -> r.statusCode() == 404),
				new Check(onB(), path, r -> r.statusCode() == 404),
				new Check(proxy(), "/", r -> !r.body().contains("Night buses return")),
				new Check(onB(), "/", r -> !r.body().contains("Night buses return")));
	}

	/** An API key with this token and limit, made as the desk makes them (only the token's hash stored). */
	String apiKey(String name, Integer perMinute) throws Exception {
		String token = "dk_instances" + System.nanoTime();
		String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		a.getBean(JdbcClient.class).sql("""
				insert into api_key (name, token_hash, token_prefix, rate_limit, created_at)
				values (?, ?, ?, ?, now())""").params(name, hash, token.substring(0, 10), perMinute).update();
		return token;
	}

	HttpResponse<String> api(String base, String path, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void apiAnswersKeptOnBChangeWithinASecondOfAPublishACorrectionAndAnUnpublishOnA() throws Exception {
		String token = apiKey("Instances reader", null);
		String onA = "http://127.0.0.1:" + port(a);
		Article story = publish("Bridge repairs begin");
		String list = "/api/v1/stories?section=metro&limit=50";
		String one = "/api/v1/stories/" + story.getSlug();
		for (String base : List.of(onA, onB())) {
			assertThat(api(base, list, token).body()).contains("Bridge repairs begin");
			assertThat(api(base, one, token).statusCode()).isEqualTo(200);
		}
		assertThat(b.getBean(PageCache.class).get(list)).as("B keeps the list").isNotNull();
		assertThat(b.getBean(PageCache.class).get(one)).as("B keeps the story").isNotNull();

		publish("Bridge reopens early");
		within(Instant.now(), new Check(onB(), list, r -> r.body().contains("Bridge reopens early"), token));
		a.getBean(ArticleService.class).addCorrection(story.getId(), org.dateline.article.CorrectionKind.CORRECTION,
				"The repairs start on Monday.", editor);
		within(Instant.now(), new Check(onB(), one, r -> r.body().contains("The repairs start on Monday."), token),
				new Check(onB(), list, r -> r.body().contains("The repairs start on Monday."), token));
		a.getBean(ArticleService.class).unpublish(story.getId(), editor);
		within(Instant.now(), new Check(onB(), one, r -> r.statusCode() == 404, token),
				new Check(onB(), list, r -> r.statusCode() == 200 && !r.body().contains("Bridge repairs begin"), token));
	}

	@Test
	void anApiKeysLimitHoldsForBothInstancesTogether() throws Exception {
		String token = apiKey("Four a minute", 4);
		String onA = "http://127.0.0.1:" + port(a);
		assertThat(api(onA, "/api/v1/sections", token).statusCode()).isEqualTo(200);
		assertThat(api(onB(), "/api/v1/sections", token).statusCode()).isEqualTo(200);
		assertThat(api(onA, "/api/v1/sections", token).statusCode()).isEqualTo(200);
		assertThat(api(onB(), "/api/v1/sections", token).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = api(onB(), "/api/v1/sections", token);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(api(onA, "/api/v1/sections", token).statusCode()).isEqualTo(429);
	}

	@Test
	void aDraftSaveOnAChangesNothingCachedAnywhere() throws Exception {
		Article live = publish("Library hours extended");
		String path = "/articles/" + live.getSlug();
		awaitPurged();
		get(proxy(), path);
		HttpResponse<String> cached = get(proxy(), path);
		assertThat(cached.headers().firstValue("X-Cache")).hasValue("HIT");
		get(onB(), path);
		PageCache pagesOnB = b.getBean(PageCache.class);
		assertThat(pagesOnB.get(path)).as("B keeps the page").isNotNull();
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		long rows = jdbc.sql("select count(*) from cache_invalidation").query(Long.class).single();

		ArticleService articles = a.getBean(ArticleService.class);
		Article draft = draft("Council budget, first draft");
		Article saved = articles.update(draft.getId(), new SaveArticle(new ArticleContent("Council budget, second draft",
				null, "<p>Figures to follow.</p>", null), section, null, draft.getVersion()), editor);
		articles.autosave(draft.getId(), editor, "Council budget, autosaved", null, "<p>More.</p>", null,
				saved.getVersion());
		// every instance has read the invalidations committed up to now, the draft saves' included
		long savesDone = System.currentTimeMillis();
		await("both instances reading the invalidations after the saves").atMost(Duration.ofSeconds(10))
			.until(() -> a.getBean(InvalidationFeed.class).lastRead() > savesDone
					&& b.getBean(InvalidationFeed.class).lastRead() > savesDone);

		assertThat(jdbc.sql("select count(*) from cache_invalidation").query(Long.class).single()).isEqualTo(rows);
		HttpResponse<String> after = get(proxy(), path);
		assertThat(after.headers().firstValue("X-Cache")).as("still a hit in Varnish").hasValue("HIT");
		assertThat(after.headers().firstValue("ETag")).isEqualTo(cached.headers().firstValue("ETag"));
		assertThat(pagesOnB.get(path)).as("B still keeps the page").isNotNull();
		assertThat(a.getBean(PageCache.class).get(path)).as("A still keeps the page").isNotNull();
	}

	@Test
	void aDeskSessionStartedOnAWorksOnB() throws Exception {
		String onA = "http://127.0.0.1:" + port(a);
		HttpResponse<String> login = get(onA, "/login");
		String anonymous = session(login);
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(onA + "/login"))
			.header("Cookie", "SESSION=" + anonymous)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + editorUser.getUsername() + "&password="
					+ TestAccounts.PASSWORD.replace(" ", "+") + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
		String session = session(signedIn);

		for (String base : List.of(onB(), proxy())) {
			HttpResponse<String> desk = http.send(HttpRequest.newBuilder(URI.create(base + "/desk"))
				.header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(desk.statusCode()).as(base).isEqualTo(200);
			assertThat(desk.body()).as(base).contains("/logout");
		}
	}

	@Test
	void aScheduledStoryIsPublishedExactlyOnceThoughBothInstancesRunTheScheduler() throws Exception {
		ArticleService articles = a.getBean(ArticleService.class);
		Article story = draft("Embargoed census figures");
		articles.schedule(story.getId(), Instant.now().plusSeconds(1), editor);
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		await("published by a scheduler").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
			.until(() -> articles.get(story.getId()).getStatus() == ArticleStatus.PUBLISHED);
		// both schedulers run every 200 ms: a second publish would show within this second
		await("published once, and only once").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> jdbc.sql("select count(*) from audit_event where action = 'ARTICLE_PUBLISHED' and target = ?")
				.param("article:" + story.getId()).query(Long.class).single() == 1);
		until(proxy(), "/articles/" + story.getSlug(), r -> r.statusCode() == 200);
		until(onB(), "/", r -> r.body().contains("Embargoed census figures"));
	}

	@Test
	void metricsAreForAnAdminAndShowTheCacheAndThePurges() throws Exception {
		String onA = "http://127.0.0.1:" + port(a);
		publish("Metrics story");
		get(onA, "/");
		get(onA, "/");
		HttpResponse<String> anonymous = get(onA, "/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		DeskUser admin = new TestAccounts(a).create(Role.ADMIN);
		String basic = java.util.Base64.getEncoder()
			.encodeToString((admin.getUsername() + ":" + TestAccounts.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(onA + "/actuator/prometheus"))
			.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("cache_gets_total{cache=\"reader_pages\"", "dateline_page_build_seconds",
				"dateline_cache_purge_queue", "dateline_cache_purges_total");
	}

	private static String session(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

}
