package org.dateline.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpServer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.dateline.DatelineApplication;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The content API's benchmarks ({@code --api}): {@code GET /api/v1/stories?limit=20} at 32
 * connections against a static file of the same response's size served by the same server in the
 * same run; a walk of every story with the cursor, 100 a page, timing the first and last pages;
 * and the time from a publish's commit to a webhook receiver on loopback. It rewrites only its own
 * section of {@code docs/benchmarks.md}.
 */
final class ApiBenchmarks {

	static final String START = "<!-- content-api: written by the benchmark harness -->";

	static final String END = "<!-- /content-api -->";

	static final String TOKEN = "dk_benchmarkOnlyTokenNotForAnyRealUse0123456789ab";

	/** @param seedSeconds how long generating the stories took in this run (0 when they were already there) */
	record Figures(int stories, long walked, LoadDriver.Run baseline, LoadDriver.Run list, LoadDriver.Run built,
			int responseBytes,
			double walkSeconds, int pages, double firstPagesMs, double lastPagesMs, List<Double> webhookMs,
			double seedSeconds) {
	}

	private ApiBenchmarks() {
	}

	static Figures measure(int stories, int seconds, int runs, int warmup, int publishes, Path workDir) throws Exception {
		return measure(stories, seconds, runs, warmup, publishes, workDir, false);
	}

	/** With {@code profile}, the first measured run of the list is recorded with JFR and its top frames printed. */
	static Figures measure(int stories, int seconds, int runs, int warmup, int publishes, Path workDir, boolean profile)
			throws Exception {
		String wrk = LoadDriver.findWrk().orElseThrow(() -> new IllegalStateException("wrk is not installed"));
		Files.createDirectories(workDir.resolve("static"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(workDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("max_connections", "120")
			.start()) {
			DataSource db = postgres.getPostgresDatabase();
			// a fixed port, so that the public address (from which the API's links are built) is this server's
			int port;
			try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
				port = free.getLocalPort();
			}
			ConfigurableApplicationContext app = SpringApplication.run(DatelineApplication.class,
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--server.port=" + port,
					"--server.address=127.0.0.1", "--dateline.public-url=http://127.0.0.1:" + port, "--dateline.demo=false",
					"--dateline.embedded-database.enabled=false", "--dateline.admin-password=benchmark only passphrase",
					"--dateline.scheduler.initial-delay=1h", "--spring.datasource.hikari.maximum-pool-size=20",
					"--dateline.api.rate-limit=100000000", "--dateline.webhooks.allow-private-addresses=true",
					"--spring.web.resources.static-locations=classpath:/static/,file:"
							+ workDir.resolve("static").toAbsolutePath() + "/",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off");
			HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			try {
				NewsroomGenerator generator = new NewsroomGenerator(db, 20261201L);
				long seeding = System.nanoTime();
				double seedSeconds = 0;
				if (generator.storyCount() < stories) {
					generator.generate((int) (stories - generator.storyCount()), 600, Instant.now());
					seedSeconds = (System.nanoTime() - seeding) / 1e9;
				}
				key(db);
				withdrawLatencyStories(db);
				String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
				HttpClient http = HttpClient.newHttpClient();
				String list = "/api/v1/stories?limit=20";
				byte[] response = get(http, base + list).body();
				Files.write(workDir.resolve("static").resolve("bench-api-baseline.json"), response);
				LoadDriver driver = new LoadDriver(wrk, workDir);
				Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKEN);
				if (warmup > 0) {
					driver.run(base, List.of("/bench-api-baseline.json"), Map.of(), 32, 2, warmup);
					driver.run(base, List.of(list), auth, 32, 2, warmup);
				}
				List<LoadDriver.Run> baselines = new ArrayList<>();
				List<LoadDriver.Run> lists = new ArrayList<>();
				List<LoadDriver.Run> builds = new ArrayList<>();
				// a parameter the API does not read: the same answer, but never kept, so built every time
				String uncached = list + "&bench=built";
				for (int r = 0; r < runs; r++) {
					baselines.add(driver.run(base, List.of("/bench-api-baseline.json"), Map.of(), 32, 2, seconds));
					JfrProfile jfr = profile && r == 0 ? new JfrProfile(workDir.resolve("api-list.jfr")) : null;
					if (jfr != null) {
						jfr.start(true);
					}
					lists.add(driver.run(base, List.of(list), auth, 32, 2, seconds));
					if (jfr != null) {
						JfrProfile.Result result = jfr.stop(25);
						System.out.println("JFR of the list: " + result.samples() + " samples on request threads");
						result.self().forEach(f -> System.out.printf(Locale.ROOT, "  self  %5.1f%% %s%n", 100 * f.share(), f.method()));
						result.total().forEach(f -> System.out.printf(Locale.ROOT, "  total %5.1f%% %s%n", 100 * f.share(), f.method()));
						jfr.waits(15).forEach(f -> System.out.printf(Locale.ROOT, "  wait %8d ms %s%n", f.samples(), f.method()));
					}
					builds.add(driver.run(base, List.of(uncached), auth, 32, 2, seconds));
				}
				// The walk: every published story, 100 a page, following next.
				ObjectMapper json = new ObjectMapper();
				List<Double> pageMs = new ArrayList<>();
				long walked = 0;
				String next = base + "/api/v1/stories?limit=100";
				long started = System.nanoTime();
				while (next != null) {
					long t = System.nanoTime();
					HttpResponse<byte[]> page = get(http, next);
					pageMs.add((System.nanoTime() - t) / 1e6);
					JsonNode body = json.readTree(page.body());
					walked += body.get("items").size();
					next = body.get("next").isNull() ? null : body.get("next").asString();
				}
				double walkSeconds = (System.nanoTime() - started) / 1e9;
				// at least one page each, so a small archive (one page) compares that page with itself
				int n = Math.max(1, Math.min(10, pageMs.size() / 2));
				double first = BenchmarkHarness.median(pageMs.subList(0, n).stream().mapToDouble(d -> d).toArray());
				double last = BenchmarkHarness
					.median(pageMs.subList(pageMs.size() - n, pageMs.size()).stream().mapToDouble(d -> d).toArray());
				List<Double> webhook = webhookLatency(app, db, receiver, publishes);
				return new Figures(stories, walked, median(baselines), median(lists), median(builds), response.length,
						walkSeconds,
						pageMs.size(), first, last, webhook, seedSeconds);
			}
			finally {
				receiver.stop(0);
				app.close();
			}
		}
	}

	/** Publishes stories one at a time; each figure is from the call to publish (so it includes the commit) to the receiver. */
	private static List<Double> webhookLatency(ConfigurableApplicationContext app, DataSource db, HttpServer receiver,
			int publishes)
			throws Exception {
		Map<String, CompletableFuture<Long>> arrived = new ConcurrentHashMap<>();
		ObjectMapper json = new ObjectMapper();
		receiver.createContext("/hook", exchange -> {
			long now = System.nanoTime();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			arrived.computeIfAbsent(json.readTree(body).get("data").get("slug").asString(), k -> new CompletableFuture<>())
				.complete(now);
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
				insert into webhook_endpoint (url, secret, events, created_at)
				values (?, ?, 'story.published', now())""")) {
			byte[] key = new byte[24];
			new java.security.SecureRandom().nextBytes(key);
			s.setString(1, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
			s.setString(2, "whsec_" + java.util.Base64.getEncoder().encodeToString(key));
			s.executeUpdate();
		}
		ArticleService articles = app.getBean(ArticleService.class);
		long section = articles.sections().get(0).getId();
		long adminId;
		try (Connection c = db.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from app_user where username = 'admin'")) {
			rs.next();
			adminId = rs.getLong(1);
		}
		Actor admin = new Actor(adminId, "admin", Role.ADMIN);
		List<Double> latencies = new ArrayList<>();
		for (int i = 0; i < publishes; i++) {
			long id = articles.create(new SaveArticle(new ArticleContent("Webhook latency story " + i + " " + System.nanoTime(),
					null, "<p>Timing.</p>", null), section, null, null), admin).getId();
			// from the call, not its return: the delivery worker may post before publish returns to this thread
			long committed = System.nanoTime();
			String slug = articles.publish(id, admin).getSlug();
			try {
				// completed by the receiver thread the moment the delivery arrives; at most 10 s
				long at = arrived.computeIfAbsent(slug, k -> new CompletableFuture<>()).get(10, TimeUnit.SECONDS);
				latencies.add((at - committed) / 1e6);
			}
			catch (TimeoutException e) {
				latencies.add(Double.NaN);
			}
		}
		return latencies;
	}

	/**
	 * The webhook figures publish short stories; an earlier run's would otherwise be the newest and
	 * make the measured list a page of one-line stories. They go back to drafts before measuring.
	 */
	private static void withdrawLatencyStories(DataSource db) throws Exception {
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("update article set status = 'DRAFT' where status = 'PUBLISHED' "
					+ "and headline like 'Webhook latency story %'");
		}
	}

	private static void key(DataSource db) throws Exception {
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8)));
		try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
				insert into api_key (name, token_hash, token_prefix, created_at) values ('benchmark', ?, 'dk_benchm', ?)
				on conflict (token_hash) do nothing""")) {
			s.setString(1, hash);
			s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
			s.executeUpdate();
		}
	}

	private static HttpResponse<byte[]> get(HttpClient http, String url) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response;
	}

	private static LoadDriver.Run median(List<LoadDriver.Run> runs) {
		List<LoadDriver.Run> sorted = new ArrayList<>(runs);
		sorted.sort((a, b) -> Double.compare(a.requestsPerSecond(), b.requestsPerSecond()));
		return sorted.get(sorted.size() / 2);
	}

	static String markdown(Figures f, int seconds, int runs, LocalDate day) {
		double ratio = f.list().requestsPerSecond() / f.baseline().requestsPerSecond();
		double[] hooks = f.webhookMs().stream().mapToDouble(d -> d).filter(d -> !Double.isNaN(d)).toArray();
		long lost = f.webhookMs().stream().filter(d -> d.isNaN()).count();
		double hookMedian = hooks.length == 0 ? Double.NaN : BenchmarkHarness.median(hooks);
		double[] sorted = hooks.clone();
		java.util.Arrays.sort(sorted);
		double hookP95 = sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
		StringBuilder md = new StringBuilder(START).append("\n\n## Content API (#17)\n\n");
		md.append(String.format(Locale.ROOT, "Measured on %s with %,d generated stories of about 600 words "
				+ "(`./mvnw -Pbench test-compile exec:java -Dbench.args=\"--api --stories %d --seconds %d --runs %d\"`)%s. "
				+ "32 connections, wrk with 2 threads on the same 2 cores as the app and PostgreSQL; medians of %d runs of "
				+ "%d s, the baseline and the API rows interleaved. The baseline is a static file as large as the API's response "
				+ "(%,d bytes for 20 stories with their bodies), served by the same server in the same run. Every API "
				+ "request carries a key, so each one is authenticated and counted against the key's rate limit "
				+ "(Bucket4j, in PostgreSQL, counted locally between writes for a limit this large). The list row is served "
				+ "from the app's page cache after its first request, as the API keeps answers; the built row adds a "
				+ "parameter the API does not read (`&bench=built`), which gets the same answer but is never kept, so it "
				+ "is built from the database, serialized and hashed for its ETag every time.%n%n",
				day, f.stories(), f.stories(), seconds, runs,
				f.seedSeconds() > 0 ? String.format(Locale.ROOT, "; generating them took %.0f s in this run", f.seedSeconds())
						: "; the stories were generated by an earlier run",
				runs, seconds, f.responseBytes()));
		md.append("| row | req/s | ratio to baseline | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| baseline: static file of %,d bytes | %.0f | 1.00 | %.2f | %.2f | %.2f | %d |%n",
				f.responseBytes(), f.baseline().requestsPerSecond(), f.baseline().p50ms(), f.baseline().p95ms(),
				f.baseline().p99ms(), f.baseline().errors()));
		md.append(String.format(Locale.ROOT, "| `GET /api/v1/stories?limit=20` with a key | %.0f | %.2f | %.2f | %.2f | %.2f | %d |%n",
				f.list().requestsPerSecond(), ratio, f.list().p50ms(), f.list().p95ms(), f.list().p99ms(), f.list().errors()));
		md.append(String.format(Locale.ROOT, "| the same list built on each request (`&bench=built`) | %.0f | %.2f | %.2f | %.2f | %.2f | %d |%n%n",
				f.built().requestsPerSecond(), f.built().requestsPerSecond() / f.baseline().requestsPerSecond(),
				f.built().p50ms(), f.built().p95ms(), f.built().p99ms(), f.built().errors()));
		md.append("| target (issue) | measured | met |\n|---|---|---|\n");
		md.append(String.format(Locale.ROOT, "| stories list at least 0.5 of the static baseline (#17) | %.2f | %s |%n", ratio,
				ratio >= 0.5 ? "met" : "**not met**"));
		md.append(String.format(Locale.ROOT, "| walking every story with the cursor is linear (#17) | %,d stories in %d pages "
				+ "in %.1f s; median of the first 10 pages %.1f ms, of the last 10 %.1f ms | %s |%n", f.walked(), f.pages(),
				f.walkSeconds(), f.firstPagesMs(), f.lastPagesMs(), f.lastPagesMs() <= f.firstPagesMs() * 2 ? "met" : "**not met**"));
		md.append(String.format(Locale.ROOT, "| webhook delivery, commit to receiver, median under 1 s (#17) | median %.1f ms, "
				+ "p95 %.1f ms over %d publishes%s | %s |%n%n", hookMedian, hookP95, f.webhookMs().size(),
				lost == 0 ? "" : ", " + lost + " not delivered within 10 s", hookMedian < 1000 && lost == 0 ? "met" : "**not met**"));
		md.append("The walk pages through the keyset index (`published_at desc, id desc` on published stories), so each page "
				+ "is one index range scan from the cursor whatever its depth; an offset would read and discard every earlier "
				+ "row. Webhook figures run from the call to `ArticleService.publish` (so they include its transaction and "
				+ "commit, the outbox row with it) to the loopback receiver reading the request: the commit wakes the delivery worker, which claims "
				+ "the row, signs it and posts it.\n\n");
		return md.append(END).append('\n').toString();
	}

	static void rewrite(Path file, String section) throws IOException {
		MarkedSection.rewrite(file, START, END, section);
	}

}
