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
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.dateline.DatelineApplication;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleService;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.media.Rendition;
import org.dateline.media.Renditions;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.dateline.support.TestPhotos;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The photo desk's serving benchmarks ({@code --pictures}), each against a baseline measured by
 * the same server in the same run, rounds interleaved, medians: a rendition at 32 connections
 * against a static file of the same bytes from Tomcat; and a story page with a lead image against
 * the same story without one, both when every page is built on each request (a session cookie
 * bypasses the page cache) and when the page cache is warm. It rewrites only its own section of
 * {@code docs/benchmarks.md}.
 */
final class PictureBenchmarks {

	static final String START = "<!-- pictures-serving: written by the benchmark harness -->";

	static final String END = "<!-- /pictures-serving -->";

	private static final Map<String, String> BYPASS = Map.of("Cookie", "JSESSIONID=benchmark-bypass");

	/** The four pairs, each a baseline and the row compared with it. */
	record Pair(String name, String baselineLabel, String rowLabel, LoadDriver.Run baseline, LoadDriver.Run row) {

		double ratio() {
			return row.requestsPerSecond() / baseline.requestsPerSecond();
		}

	}

	/**
	 * @param profiles JDK Flight Recorder profiles of the first measured run of the two pages built on
	 * each request, the story without a lead image first
	 */
	record Figures(int renditionBytes, String renditionName, List<Pair> pairs, List<JfrProfile.Result> profiles) {
	}

	private PictureBenchmarks() {
	}

	static Figures measure(int seconds, int runs, int warmup, Path workDir) throws Exception {
		String wrk = LoadDriver.findWrk().orElseThrow(() -> new IllegalStateException("wrk is not installed"));
		Path statics = Files.createDirectories(workDir.resolve("static"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(workDir.resolve("postgres"))
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("max_connections", "120")
			.start()) {
			ConfigurableApplicationContext app = SpringApplication.run(DatelineApplication.class,
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--server.port=0", "--dateline.demo=false",
					"--dateline.embedded-database.enabled=false", "--dateline.admin-password=benchmark only passphrase",
					"--dateline.scheduler.initial-delay=1h", "--spring.datasource.hikari.maximum-pool-size=20",
					"--dateline.media.directory=" + workDir.resolve("media").toAbsolutePath(),
					"--spring.web.resources.static-locations=classpath:/static/,file:" + statics.toAbsolutePath() + "/",
					// as in production: the test configuration turns Thymeleaf's template cache off, which made
					// every page built here parse its templates again
					"--spring.thymeleaf.cache=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
			try {
				Actor admin = admin(postgres.getPostgresDatabase());
				MediaLibrary library = app.getBean(MediaLibrary.class);
				ImageView image = library.upload(new MediaLibrary.Upload("bench.jpg", TestPhotos.photo(2400, 1600,
						new TestPhotos.Captioned("The benchmark's photo", "Bench Desk", "Dateline", null), false, 1)), admin)
					.image();
				if (!app.getBean(Renditions.class).awaitIdle(120_000)) {
					throw new IllegalStateException("renditions were not made in two minutes");
				}
				String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
				HttpClient http = HttpClient.newHttpClient();
				String rendition = image.src(null, 960, Rendition.Format.JPEG);
				byte[] bytes = get(http, base + rendition, Map.of());
				Files.write(statics.resolve("bench-rendition.jpg"), bytes);

				ArticleService articles = app.getBean(ArticleService.class);
				long section = articles.sections().get(0).getId();
				String body = body();
				String without = publish(articles, "A story without a picture", body, section, admin).getSlug();
				var withLead = articles.create(new SaveArticle(new ArticleContent("A story with a lead picture",
						"The same story, with a lead image.", body, "Tollan"), section, null, null), admin);
				app.getBean(ArticleImages.class).setLeadImage(withLead.getId(),
						new ArticleImages.LeadImage(image.id(), null, "A drawn test scene", false), admin);
				String with = articles.publish(withLead.getId(), admin).getSlug();
				// every rendition the story page's srcsets name exists before the page is measured
				for (String path : List.of("/articles/" + with, "/articles/" + without)) {
					get(http, base + path, Map.of());
				}

				LoadDriver driver = new LoadDriver(wrk, workDir);
				List<Pair> pairs = new ArrayList<>();
				List<JfrProfile.Result> profiles = new ArrayList<>();
				pairs.add(pair(driver, base, seconds, runs, warmup, "rendition",
						"static file, same bytes (`/bench-rendition.jpg`)", List.of("/bench-rendition.jpg"), Map.of(),
						"rendition (`" + rendition.substring(rendition.lastIndexOf('/') + 1) + "`)", List.of(rendition),
						Map.of(), null));
				pairs.add(pair(driver, base, seconds, runs, warmup, "story, built on each request",
						"the story without a lead image", List.of("/articles/" + without), BYPASS,
						"the same story with a lead image", List.of("/articles/" + with), BYPASS, workDir));
				pairs.add(pair(driver, base, seconds, runs, warmup, "story, page cache warm",
						"the story without a lead image", List.of("/articles/" + without), Map.of(),
						"the same story with a lead image", List.of("/articles/" + with), Map.of(), null));
				profiles.addAll(lastProfiles);
				return new Figures(bytes.length, rendition, pairs, profiles);
			}
			finally {
				app.close();
			}
		}
	}

	/** The profiles of the last pair run with a profile directory, baseline first. */
	private static final List<JfrProfile.Result> lastProfiles = new ArrayList<>();

	/**
	 * Warms both up, then runs baseline and row in turn {@code runs} times; the medians of each. With
	 * {@code profileDir}, the first measured run of each is profiled with JDK Flight Recorder.
	 */
	private static Pair pair(LoadDriver driver, String base, int seconds, int runs, int warmup, String name,
			String baselineLabel, List<String> baselinePaths, Map<String, String> baselineHeaders, String rowLabel,
			List<String> rowPaths, Map<String, String> rowHeaders, Path profileDir) throws Exception {
		if (warmup > 0) {
			driver.run(base, baselinePaths, baselineHeaders, 32, 2, warmup);
			driver.run(base, rowPaths, rowHeaders, 32, 2, warmup);
		}
		List<LoadDriver.Run> baselines = new ArrayList<>();
		List<LoadDriver.Run> rows = new ArrayList<>();
		for (int r = 0; r < runs; r++) {
			boolean profiled = r == 0 && profileDir != null;
			baselines.add(profiled(profiled, profileDir, "baseline",
					() -> driver.run(base, baselinePaths, baselineHeaders, 32, 2, seconds)));
			rows.add(profiled(profiled, profileDir, "row", () -> driver.run(base, rowPaths, rowHeaders, 32, 2, seconds)));
		}
		return new Pair(name, baselineLabel, rowLabel, median(baselines), median(rows));
	}

	private interface Measured {

		LoadDriver.Run run() throws Exception;

	}

	private static LoadDriver.Run profiled(boolean profiled, Path dir, String name, Measured measured) throws Exception {
		if (!profiled) {
			return measured.run();
		}
		JfrProfile profile = new JfrProfile(dir.resolve("story-built-" + name + ".jfr"));
		profile.start();
		try {
			return measured.run();
		}
		finally {
			lastProfiles.add(profile.stop(15));
		}
	}

	private static String body() {
		TextGenerator text = new TextGenerator(14, 5_000);
		StringBuilder body = new StringBuilder();
		for (int p = 0; p < 12; p++) {
			body.append("<p>");
			for (int s = 0; s < 4; s++) {
				body.append(s == 0 ? "" : " ").append(text.sentence(12));
			}
			body.append("</p>");
		}
		return body.toString();
	}

	private static org.dateline.article.Article publish(ArticleService articles, String headline, String body,
			long section, Actor admin) {
		var story = articles.create(new SaveArticle(new ArticleContent(headline, "The same story, with a lead image.",
				body, "Tollan"), section, null, null), admin);
		return articles.publish(story.getId(), admin);
	}

	private static Actor admin(DataSource db) throws Exception {
		try (Connection c = db.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from app_user where username = 'admin'")) {
			rs.next();
			return new Actor(rs.getLong(1), "admin", Role.ADMIN);
		}
	}

	private static byte[] get(HttpClient http, String url, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		headers.forEach(request::header);
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static LoadDriver.Run median(List<LoadDriver.Run> runs) {
		List<LoadDriver.Run> sorted = new ArrayList<>(runs);
		sorted.sort((a, b) -> Double.compare(a.requestsPerSecond(), b.requestsPerSecond()));
		return sorted.get(sorted.size() / 2);
	}

	static String markdown(Figures f, int seconds, int runs, int warmup, LocalDate day) {
		StringBuilder md = new StringBuilder(START).append("\n\n## Serving pictures (#14)\n\n");
		md.append(String.format(Locale.ROOT, "Measured on %s (`./mvnw -Pbench test-compile exec:java "
				+ "-Dbench.args=\"--pictures --seconds %d --runs %d --warmup %d\"`, under `flock` so that no other "
				+ "benchmark ran at the same time). One newsroom with two published stories of the same 12 paragraphs, "
				+ "one with a lead image, and one 2400 x 1600 photo; 32 connections, wrk with 2 threads on the same 2 "
				+ "cores as the app and PostgreSQL. Each pair warms up for %d s, then runs its baseline and its row in "
				+ "turn %d times for %d s; the figures are the medians of the %d runs. The rendition's baseline is a "
				+ "static file with the rendition's own %,d bytes, served by the same Tomcat (Spring's static resource "
				+ "handler) in the same run. \"Built on each request\" sends a session cookie, which makes Dateline skip "
				+ "its page cache and build the page (database and templates) every time; the templates themselves are "
				+ "parsed once and kept, as in production (Thymeleaf's template cache on).%n%n",
				day, seconds, runs, warmup, warmup, runs, seconds, runs, f.renditionBytes()));
		md.append("| pair | baseline | req/s | p50 ms | p99 ms | row | req/s | p50 ms | p99 ms | ratio | errors |\n");
		md.append("|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
		for (Pair p : f.pairs()) {
			md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f | %s | %.0f | %.2f | %.2f | %.2f | %d |%n",
					p.name(), p.baselineLabel(), p.baseline().requestsPerSecond(), p.baseline().p50ms(),
					p.baseline().p99ms(), p.rowLabel(), p.row().requestsPerSecond(), p.row().p50ms(), p.row().p99ms(),
					p.ratio(), p.baseline().errors() + p.row().errors()));
		}
		md.append("\n| target (issue) | measured | met |\n|---|---|---|\n");
		Pair rendition = f.pairs().get(0);
		md.append(String.format(Locale.ROOT, "| a rendition at 32 connections, at least 0.8 of the static file | %.2f | %s |%n",
				rendition.ratio(), rendition.ratio() >= 0.8 ? "met" : "**not met**"));
		for (Pair p : f.pairs().subList(1, f.pairs().size())) {
			md.append(String.format(Locale.ROOT, "| %s: with a lead image within 10%% of without | %.2f | %s |%n", p.name(),
					p.ratio(), p.ratio() >= 0.9 ? "met" : "**not met**"));
		}
		String[] labels = { "without a lead image", "with a lead image" };
		for (int i = 0; i < f.profiles().size() && i < labels.length; i++) {
			JfrProfile.Result profile = f.profiles().get(i);
			md.append(String.format(Locale.ROOT, "%nThe story %s, built on each request, profiled with JDK Flight Recorder"
					+ " during its first measured run (%,d method samples of Tomcat's request threads, one each 10 ms of a"
					+ " running thread): the methods on top of the stack (self) and the application's and libraries' methods"
					+ " anywhere on it (total).%n%n", labels[i], profile.samples()));
			md.append(JfrProfile.table(profile));
		}
		return md.append('\n').append(END).append('\n').toString();
	}

	/** Replaces this section of {@code file}, or adds it at the end. */
	static void rewrite(Path file, String section) throws IOException {
		MarkedSection.rewrite(file, START, END, section);
	}

}
