package org.dateline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dateline.DatelineApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole benchmark: a PostgreSQL of its own, a generated newsroom, Dateline started on it,
 * wrk driving each page at 32 connections against a static-file baseline served by the same
 * server in the same run, the SQL each page ran, and EXPLAIN ANALYZE times of the hot queries.
 */
final class BenchmarkHarness {

	/** What to run. */
	record Settings(int stories, int wordsPerStory, int subjects, int mentionsPerStory, int seconds,
			int warmupSeconds, int runs, int connections, Path workDir) {
	}

	/** One page's figures: medians over the runs. */
	record Row(String name, String what, double rps, double p50, double p95, double p99, long errors,
			double ratioToBaseline, List<String> statements) {
	}

	/** A query's EXPLAIN ANALYZE execution time, median of three. */
	record Explained(String page, String query, double medianMs, String plan) {
	}

	/** Everything a run produced. */
	record Report(Settings settings, long stories, double generationSeconds, long subjects, long mentions,
			double subjectGenerationSeconds, List<Row> rows, List<Explained> explained, Map<String, String> machine,
			Caching caching) {
	}

	/**
	 * Figures of the caching rows: the draft saves made during the churn row, and the in-app
	 * cache after {@code memoryRequests} requests with distinct random query strings.
	 */
	record Caching(double draftSaveMedianMs, int draftSaves, int publishes, int memoryRequests, long cacheBytes,
			long cacheMaxBytes, long cacheEntries, Churn.Breakdown saveBreakdown) {
	}

	/** Draft saves made before the churn row is measured, so that its saves run compiled code. */
	static final int DRAFT_SAVE_WARMUP = 1_000;

	private final Settings settings;

	/** Only the caching rows (the static baselines and the story page warm, under churn, cold, through Varnish), profiled. */
	private final boolean cachingOnly;

	private JfrProfile.Result coldProfile;

	private JfrProfile.Result baselineProfile;

	/** In-app cache misses per row, summed over the measured runs. */
	private final Map<String, Long> misses = new LinkedHashMap<>();

	/** Requests per row, summed over the measured runs. */
	private final Map<String, Long> requests = new LinkedHashMap<>();

	BenchmarkHarness(Settings settings) {
		this(settings, false);
	}

	BenchmarkHarness(Settings settings, boolean cachingOnly) {
		this(settings, cachingOnly, false);
	}

	/** With {@code coldOnly}, of the caching rows only the static baselines, the story page warm and cache-bypassed. */
	BenchmarkHarness(Settings settings, boolean cachingOnly, boolean coldOnly) {
		this.settings = settings;
		this.cachingOnly = cachingOnly;
		this.coldOnly = coldOnly;
	}

	private final boolean coldOnly;

	/** The JDK Flight Recorder profile of the first run of the cache-bypassed story row, once {@link #run()} is done. */
	JfrProfile.Result coldProfile() {
		return coldProfile;
	}

	/** The profile of the first run of Tomcat's own static file (the baseline row). */
	JfrProfile.Result baselineProfile() {
		return baselineProfile;
	}

	/** The in-app cache's misses per request during a row's measured runs (NaN for rows not served by Dateline). */
	double missesPerRequest(String row) {
		Long m = misses.get(row);
		Long n = requests.get(row);
		return m == null || n == null || n == 0 ? Double.NaN : m / (double) n;
	}

	Report run() throws Exception {
		String wrk = LoadDriver.findWrk()
			.orElseThrow(() -> new IllegalStateException("wrk is not installed: apt-get install wrk"));
		Files.createDirectories(settings.workDir().resolve("static"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(settings.workDir().resolve("postgres"))
			.setCleanDataDirectory(false)
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("work_mem", "16MB")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("max_connections", "120")
			.start()) {
			DataSource db = postgres.getPostgresDatabase();
			execute(db, "create extension if not exists pg_stat_statements");
			BenchProxies proxies = new BenchProxies();
			ConfigurableApplicationContext app = start(postgres, proxies.purgeUrl());
			try {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				String base = "http://localhost:" + port;
				this.app = app;
				NewsroomGenerator generator = new NewsroomGenerator(db, 20261125L);
				long existing = generator.storyCount();
				Path generationFile = settings.workDir().resolve("generation-seconds.txt");
				double generationSeconds;
				if (existing < settings.stories()) {
					System.out.printf("Generating %,d stories of about %d words%n", settings.stories() - existing,
							settings.wordsPerStory());
					long t = System.nanoTime();
					generator.generate((int) (settings.stories() - existing), settings.wordsPerStory(), Instant.now());
					generationSeconds = (System.nanoTime() - t) / 1e9;
					Files.writeString(generationFile, Double.toString(generationSeconds));
				}
				else {
					// Reused data: report how long generating it took when it was made.
					generationSeconds = Files.exists(generationFile)
							? -Double.parseDouble(Files.readString(generationFile).strip()) : 0;
				}
				long stories = generator.storyCount();
				Path subjectFile = settings.workDir().resolve("subject-generation-seconds.txt");
				double subjectSeconds;
				long existingSubjects = generator.subjectCount();
				if (existingSubjects < settings.subjects()) {
					System.out.printf("Generating %,d subjects and about %d links per story%n",
							settings.subjects() - existingSubjects, settings.mentionsPerStory());
					long t = System.nanoTime();
					generator.generateSubjects((int) (settings.subjects() - existingSubjects), Instant.now());
					generator.generateMentions(settings.mentionsPerStory());
					subjectSeconds = (System.nanoTime() - t) / 1e9;
					Files.writeString(subjectFile, Double.toString(subjectSeconds));
				}
				else {
					subjectSeconds = Files.exists(subjectFile)
							? -Double.parseDouble(Files.readString(subjectFile).strip()) : 0;
				}
				long subjects = generator.subjectCount();
				long mentions = Long.parseLong(strings(db, "select count(*) from article_mention").get(0));
				List<Scenario> scenarios = scenarios(db, base, generator.text());
				if (cachingOnly) {
					scenarios = scenarios.stream().filter(s -> s.name().equals("baseline") || s.name().equals("story")).toList();
				}
				proxies.start(settings.workDir(), settings.workDir().resolve("static"), port);
				scenarios = withComparisons(scenarios, proxies);
				if (coldOnly) {
					scenarios = scenarios.stream()
						.filter(s -> !s.name().equals("story-churn") && !s.name().equals("story-varnish"))
						.toList();
				}
				// the generated newsroom's invalidations are purged from Varnish before anything is measured
				if (proxies.varnish() != null) {
					// the generated newsroom's invalidations concern pages no proxy has held yet (Varnish starts empty)
					execute(db, "update cache_invalidation set purged_at = now() where purged_at is null");
					awaitPurged(db);
				}
				Scenario story = scenarios.stream().filter(s -> s.name().equals("story")).findFirst().orElseThrow();
				// The warm rows measure pages a reader gets from a filled cache, not how fast the cache fills.
				prime(base, story.paths());
				if (proxies.varnish() != null) {
					prime(proxies.varnish(), story.paths());
				}
				if (scenarios.stream().anyMatch(Scenario::churn)) {
					System.out.println("Warming up the draft save");
					churn().warmUp(DRAFT_SAVE_WARMUP);
				}
				// As autovacuum would have done in a newsroom's database by now: after the generator's own vacuum
				// none of the links' pages was marked all-visible, and expanded coverage then read the table
				// for every subject instead of its covering index alone (about 10 ms a page instead of 3).
				execute(db, "vacuum (analyze) article_mention, article, subject, subject_alias");
				System.out.println("Links' pages all-visible: "
						+ strings(db, "select relallvisible || ' of ' || relpages from pg_class where relname = 'article_mention'").get(0));
				List<Row> rows = measure(new LoadDriver(wrk, settings.workDir()), base, scenarios, db);
				Caching caching = coldOnly ? new Caching(0, 0, 0, 0, 0, 0, 0, null) : memoryProbe(base, db);
				List<Explained> explained = cachingOnly ? List.of() : QueryReport.explain(db);
				return new Report(settings, stories, generationSeconds, subjects, mentions, subjectSeconds, rows, explained,
						machine(), caching);
			}
			finally {
				proxies.close();
				app.close();
			}
		}
	}

	private ConfigurableApplicationContext app;

	private Churn churn;

	private ConfigurableApplicationContext start(EmbeddedPostgres postgres, String purgeUrl) {
		return SpringApplication.run(DatelineApplication.class,
				purgeUrl == null ? "--dateline.cache.tag-header=Surrogate-Key" : "--dateline.cache.purge-urls=" + purgeUrl,
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--server.port=0", "--dateline.demo=false",
				"--dateline.embedded-database.enabled=false", "--dateline.admin-password=benchmark only passphrase",
				"--dateline.scheduler.initial-delay=1h", "--spring.datasource.hikari.maximum-pool-size=20",
				"--spring.web.resources.static-locations=classpath:/static/,file:"
						+ settings.workDir().resolve("static").toAbsolutePath() + "/",
				"--spring.thymeleaf.cache=true", "--logging.level.root=WARN", "--logging.level.org.dateline=WARN",
				"--spring.main.banner-mode=off");
	}

	/**
	 * A page to drive; {@code connections} 0 means the settings' number, {@code base} null means
	 * Dateline itself, and {@code churn} runs the newsroom's writes (a draft saved every second, a
	 * story published every 10 s) while it is measured.
	 */
	record Scenario(String name, String what, List<String> paths, Map<String, String> headers, int connections,
			String base, boolean churn) {

		Scenario(String name, String what, List<String> paths, Map<String, String> headers) {
			this(name, what, paths, headers, 0, null, false);
		}

		Scenario(String name, String what, List<String> paths, Map<String, String> headers, int connections) {
			this(name, what, paths, headers, connections, null, false);
		}

	}

	/**
	 * The caching rows: the story pages under churn, with every cache bypassed (a desk session
	 * cookie makes Dateline build each page and Varnish pass it), through Varnish, and nginx serving
	 * the baseline file and the story page's bytes as a static file.
	 */
	private List<Scenario> withComparisons(List<Scenario> scenarios, BenchProxies proxies) {
		Scenario story = scenarios.stream().filter(s -> s.name().equals("story")).findFirst().orElseThrow();
		List<Scenario> all = new ArrayList<>(scenarios);
		all.add(new Scenario("story-churn", "story pages while a draft is saved every second and a story published every 10 s",
				story.paths(), Map.of(), 0, null, true));
		all.add(new Scenario("story-cold", "story pages with every cache bypassed (built on each request)", story.paths(),
				Map.of("Cookie", "JSESSIONID=benchmark-bypass"), 0, null, false));
		if (proxies.varnish() != null) {
			all.add(new Scenario("story-varnish", "story pages through Varnish (docs/varnish/dateline.vcl)", story.paths(),
					Map.of(), 0, proxies.varnish(), false));
		}
		if (proxies.nginx() != null) {
			all.add(new Scenario("nginx", "nginx serving the baseline file (a story page's bytes)",
					List.of("/bench-baseline.html"), Map.of(), 0, proxies.nginx(), false));
		}
		return all;
	}

	private List<Scenario> scenarios(DataSource db, String base, TextGenerator text) throws Exception {
		// the caching rows use fewer pages, so that priming them and the whole locked run stay short on a shared machine
		int storyPages = cachingOnly ? 200 : 1000;
		List<String> slugs = strings(db, "select slug from article where status = 'PUBLISHED' order by random() limit " + storyPages);
		List<String> sections = strings(db, "select slug from section order by position");
		List<String> stories = slugs.stream().map(s -> "/articles/" + s).toList();
		String subjectPath = "'/' || case s.kind when 'PERSON' then 'people' when 'ORGANIZATION' then 'organizations' else 'events' end || '/' || s.slug";
		List<String> subjectPages = strings(db, "select " + subjectPath + " " + """
				 from subject s where exists (select 1 from article_mention m where m.subject_id = s.id
				   and m.published_at is not null) order by random() limit 1000""");
		List<String> topSubjects = strings(db, "select " + subjectPath + " " + """
				 from subject s join (select subject_id, count(*) from article_mention group by subject_id
				   order by count(*) desc limit 20) top on top.subject_id = s.id""");
		HttpClient http = HttpClient.newHttpClient();
		// The baseline: a static file as large as a typical story page, from the same server.
		byte[] page = http.send(HttpRequest.newBuilder(URI.create(base + stories.get(0))).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body();
		Files.write(settings.workDir().resolve("static").resolve("bench-baseline.html"), page);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			queries.add("/search?q=" + text.searchWord() + "%20" + text.searchWord());
		}
		String etag = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
		int notModified = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
		if (notModified != 304) {
			throw new IllegalStateException("A conditional GET answered " + notModified + ", not 304");
		}
		return List.of(
				new Scenario("baseline", "static file of " + page.length / 1024 + " KB (a story page's size)",
						List.of("/bench-baseline.html"), Map.of()),
				new Scenario("story", String.format("story page, %,d random published slugs", stories.size()), stories, Map.of()),
				new Scenario("front", "front page", List.of("/"), Map.of()),
				new Scenario("section", "section page 1, 12 sections", sections.stream().map(s -> "/sections/" + s).toList(),
						Map.of()),
				new Scenario("subject", "subject page, 1,000 random linked subjects", subjectPages, Map.of()),
				new Scenario("subject-top", "subject page, the 20 most-linked subjects", topSubjects, Map.of()),
				new Scenario("search", "search, 100 two-word queries from the vocabulary", queries, Map.of()),
				new Scenario("search-1", "the same searches, one reader at a time (latency)", queries, Map.of(), 1),
				new Scenario("feed", "site Atom feed", List.of("/feed.atom"), Map.of()),
				new Scenario("conditional", "front page with a matching If-None-Match (304)", List.of("/"),
						Map.of("If-None-Match", etag)));
	}

	private List<Row> measure(LoadDriver driver, String base, List<Scenario> scenarios, DataSource db) throws Exception {
		Map<String, List<LoadDriver.Run>> runs = new LinkedHashMap<>();
		Map<String, List<String>> statements = new LinkedHashMap<>();
		for (Scenario s : scenarios) {
			runs.put(s.name(), new ArrayList<>());
			if (settings.warmupSeconds() > 0) {
				System.out.printf("Warming up %s%n", s.name());
				driver.run(s.base() == null ? base : s.base(), s.paths(), s.headers(), connections(s), threads(s),
						settings.warmupSeconds());
			}
		}
		// Interleave the runs, so that noise on this shared machine falls on every row alike.
		for (int r = 1; r <= settings.runs(); r++) {
			for (Scenario s : scenarios) {
				execute(db, "select pg_stat_statements_reset()");
				if (s.churn()) {
					churn().start();
				}
				LoadDriver.Run run;
				boolean profiled = r == 1 && (s.name().equals("story-cold") || s.name().equals("baseline"));
				JfrProfile profile = profiled ? new JfrProfile(settings.workDir().resolve(s.name() + ".jfr")) : null;
				double missesBefore = cacheMisses();
				long[] gcBefore = gc();
				long cpuBefore = processCpuNanos();
				if (profile != null) {
					// with --cold, where the cache-bypassed row's request threads waited, too
					profile.start(coldOnly && s.name().equals("story-cold"));
				}
				try {
					run = driver.run(s.base() == null ? base : s.base(), s.paths(), s.headers(), connections(s),
							threads(s), settings.seconds());
				}
				finally {
					if (s.churn()) {
						churn().stop();
					}
					if (profile != null) {
						if (s.name().equals("baseline")) {
							baselineProfile = profile.stop(10);
						}
						else {
							coldProfile = profile.stop(15);
							if (coldOnly) {
								System.out.println("Where the story-cold row's request threads waited (ms, summed over threads):");
								profile.waits(15).forEach(w -> System.out.printf("  %,8d  %s%n", w.samples(), w.method()));
							}
						}
					}
				}
				runs.get(s.name()).add(run);
				if (s.base() == null) {
					drain();
					misses.merge(s.name(), Math.round(cacheMisses() - missesBefore), Long::sum);
					requests.merge(s.name(), run.requests(), Long::sum);
				}
				long[] gcAfter = gc();
				// the JVM's processor time (the application's threads, its collector and compiler) per request
				double cpuPerRequest = run.requests() == 0 ? 0 : (processCpuNanos() - cpuBefore) / 1e6 / run.requests();
				System.out.printf("  run %d %-12s %8.0f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  errors %d  cache misses %.0f  gc %d in %d ms  JVM cpu %.3f ms/request%n", r,
						s.name(), run.requestsPerSecond(), run.p50ms(), run.p95ms(), run.p99ms(), run.errors(),
						cacheMisses() - missesBefore, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], cpuPerRequest);
				if (r == 1) {
					statements.put(s.name(), statementsPerRequest(db, run.requests()));
					if (coldOnly && s.name().equals("story-cold")) {
						System.out.println("Statements of the story-cold row (per request, mean execution time in PostgreSQL):");
						statements.get(s.name()).forEach(line -> System.out.println("  " + line));
					}
				}
			}
		}
		double baseline = median(runs.get("baseline"), LoadDriver.Run::requestsPerSecond);
		List<Row> rows = new ArrayList<>();
		for (Scenario s : scenarios) {
			List<LoadDriver.Run> list = runs.get(s.name());
			double rps = median(list, LoadDriver.Run::requestsPerSecond);
			rows.add(new Row(s.name(), s.what(), rps, median(list, LoadDriver.Run::p50ms),
					median(list, LoadDriver.Run::p95ms), median(list, LoadDriver.Run::p99ms),
					list.stream().mapToLong(LoadDriver.Run::errors).sum(), rps / baseline, statements.get(s.name())));
		}
		return rows;
	}

	/**
	 * Waits until Dateline has no reader page left to build: wrk stops sending when a row ends, but
	 * pages it asked for may still be building (the cache-bypassed row leaves up to 32), and that
	 * work must not fall into the next row's time.
	 */
	private void drain() {
		io.micrometer.core.instrument.MeterRegistry registry = app.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class)
			.getIfAvailable();
		if (registry == null) {
			return;
		}
		org.awaitility.Awaitility.await("Dateline's reader builds to finish").atMost(java.time.Duration.ofMinutes(3))
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> gauge(registry, "dateline.page.build.active") + gauge(registry, "dateline.page.build.queue") == 0);
	}

	/** Garbage collections of this JVM (Dateline's) so far, and the milliseconds they took. */
	private static long[] gc() {
		long count = 0;
		long millis = 0;
		for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, bean.getCollectionCount());
			millis += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { count, millis };
	}

	private static double gauge(io.micrometer.core.instrument.MeterRegistry registry, String name) {
		io.micrometer.core.instrument.Gauge gauge = registry.find(name).gauge();
		return gauge == null ? 0 : gauge.value();
	}

	/** The in-app cache's misses so far, from its Micrometer meter. */
	private double cacheMisses() {
		io.micrometer.core.instrument.MeterRegistry registry = app.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class)
			.getIfAvailable();
		if (registry == null) {
			return 0;
		}
		io.micrometer.core.instrument.FunctionCounter counter = registry.find("cache.gets")
			.tags("cache", "reader_pages", "result", "miss")
			.functionCounter();
		return counter == null ? 0 : counter.count();
	}

	private static void awaitPurged(DataSource db) throws Exception {
		org.awaitility.Awaitility.await("the purge queue draining").atMost(java.time.Duration.ofMinutes(3))
			.pollInterval(java.time.Duration.ofMillis(500))
			.until(() -> "0".equals(strings(db, "select count(*) from cache_invalidation where purged_at is null").get(0)));
	}

	/** Asks for every path once, four at a time, so that the caches hold them before the warm rows. */
	private static void prime(String base, List<String> paths) throws Exception {
		System.out.printf("Priming %d pages at %s%n", paths.size(), base);
		HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(4)).build();
		java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(4);
		List<java.util.concurrent.CompletableFuture<?>> sent = new ArrayList<>();
		for (String path : paths) {
			inFlight.acquire();
			sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> inFlight.release()));
		}
		java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
	}

	private Churn churn() {
		if (churn == null) {
			churn = new Churn(app);
		}
		return churn;
	}

	/**
	 * 10,000 requests with distinct random query strings: story pages with a parameter no page reads
	 * (they must neither miss nor add entries) and searches for random words (each a new entry);
	 * then what the in-app cache holds against its byte limit.
	 */
	private Caching memoryProbe(String base, DataSource db) throws Exception {
		List<String> slugs = strings(db, "select slug from article where status = 'PUBLISHED' limit 200");
		java.util.Random random = new java.util.Random(16);
		List<String> paths = new ArrayList<>();
		int requests = 10_000;
		for (int i = 0; i < requests; i++) {
			paths.add(i % 2 == 0 ? "/articles/" + slugs.get(random.nextInt(slugs.size())) + "?r=" + Long.toHexString(random.nextLong())
					: "/search?q=" + Long.toString(Math.abs(random.nextLong()), 36));
		}
		HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(4)).build();
		java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(8);
		List<java.util.concurrent.CompletableFuture<?>> sent = new ArrayList<>();
		for (String path : paths) {
			inFlight.acquire();
			sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> inFlight.release()));
		}
		java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
		org.dateline.cache.PageCache cache = app.getBean(org.dateline.cache.PageCache.class);
		Churn writes = churn;
		return new Caching(writes == null ? 0 : writes.medianSaveMillis(), writes == null ? 0 : writes.saves(),
				writes == null ? 0 : writes.publishes(), requests, cache.weightedBytes(), cache.maxBytes(), cache.size(),
				writes == null ? null : writes.breakdown());
	}

	private int connections(Scenario s) {
		return s.connections() > 0 ? s.connections() : settings.connections();
	}

	private int threads(Scenario s) {
		return Math.min(2, connections(s));
	}

	/** The statements a scenario ran, with calls per request and mean time, from pg_stat_statements. */
	private static List<String> statementsPerRequest(DataSource db, long requests) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select calls, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
				from pg_stat_statements
				where query not ilike '%pg_stat_statements%' and calls > 0
				order by calls desc limit 12""")) {
			while (rs.next()) {
				double perRequest = requests == 0 ? 0 : rs.getLong(1) / (double) requests;
				if (perRequest >= 0.01) {
					String sql = rs.getString(3);
					lines.add(String.format("%.2f× %.3f ms `%s`", perRequest, rs.getDouble(2),
							sql.length() > 160 ? sql.substring(0, 157) + "..." : sql));
				}
			}
		}
		return lines;
	}

	static double median(List<LoadDriver.Run> runs, ToDoubleFunction<LoadDriver.Run> metric) {
		double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
		return median(values);
	}

	static double median(double[] sorted) {
		double[] values = sorted.clone();
		Arrays.sort(values);
		int n = values.length;
		return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
	}

	private static List<String> strings(DataSource db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	/** Processor time of this JVM so far, in nanoseconds (-1 where the platform does not say). */
	private static long processCpuNanos() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : -1;
	}

	static void execute(DataSource db, String sql) throws SQLException {
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private static Map<String, String> machine() {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
		try {
			String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
			machine.put("memory", Math.round(Long.parseLong(mem) / 1024.0 / 1024.0) + " GiB");
		}
		catch (IOException | RuntimeException ex) {
			machine.put("memory", "unknown");
		}
		machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		machine.put("postgres", "17.6 (embedded, shared_buffers 512MB)");
		return machine;
	}

}
