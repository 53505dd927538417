package org.dateline.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.support.ChildJvm;

/**
 * The bounded-memory scenario: hostile requests at the real application in a child JVM (a
 * distinct random query string on every reader page, forms up to the request size limit, a new
 * session on nearly every request, anonymous and signed in), with the live heap measured after a
 * full GC ({@code jcmd GC.class_histogram}) before the first request and at each quarter.
 */
final class HostileLoad {

	/** What the heap held after a full GC once {@code requests} had been answered. */
	record Sample(int requests, long liveBytes, long sessions, long seconds) {

	}

	/** What a run measured; {@code problems} is empty when the heap stayed bounded and nothing failed. */
	record Figures(List<Sample> samples, Map<String, Integer> requestsByKind, int serverErrors, long largestForm,
			List<String> topClasses, List<String> problems) {

		/** The live heap growth from the first quarter's mark to the end, in bytes. */
		long growthAfterFirstQuarter() {
			return samples.size() < 3 ? 0 : samples.get(samples.size() - 1).liveBytes() - samples.get(1).liveBytes();
		}

		String table(LocalDate day, String command) {
			StringBuilder out = new StringBuilder("Last run: %s (`%s`), 4 clients at once.%n%n".formatted(day, command));
			out.append("| requests answered | live heap after a full GC | sessions in the database | elapsed |\n|---|---|---|---|\n");
			for (Sample sample : samples) {
				out.append("| %,d | %.1f MB | %,d | %d s |%n".formatted(sample.requests(), sample.liveBytes() / 1e6, sample.sessions(),
						sample.seconds()));
			}
			out.append("\nRequests by kind: ");
			List<String> kinds = new ArrayList<>();
			requestsByKind.forEach((kind, n) -> kinds.add("%s %,d".formatted(kind, n)));
			out.append(String.join("; ", kinds)).append(". Largest form: %.1f MB. 5xx: %d.%n".formatted(largestForm / 1e6, serverErrors));
			out.append("Live heap growth from the first quarter's mark to the end: %+.1f MB (the bound the run holds: 32 MB).%n"
				.formatted(growthAfterFirstQuarter() / 1e6));
			if (!topClasses.isEmpty()) {
				out.append("\nLargest classes on the heap at the end: ").append(String.join(", ", topClasses)).append(".\n");
			}
			out.append("\nProblems: ").append(problems.isEmpty() ? "none" : String.join("; ", problems));
			return out.toString();
		}

	}

	static final long GROWTH_BOUND = 32L * 1024 * 1024;

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)\"");

	private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

	private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

	/** A form this large gets the 413 page; the largest sent stay under it. */
	private static final int FORM_LIMIT = 12 * 1024 * 1024;

	private final Random random;

	private final SuiteApp suite;

	private final Map<String, Integer> byKind = new ConcurrentHashMap<>();

	private final AtomicInteger serverErrors = new AtomicInteger();

	private final AtomicInteger sequence = new AtomicInteger();

	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

	private volatile long largestForm;

	private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private List<String> readerPaths;

	private Consumer<Figures> progress = figures -> {
	};

	private DeskClient desk;

	private long section;

	private HostileLoad(Path work, long seed) throws IOException {
		this.random = new Random(seed);
		this.suite = new SuiteApp(work);
	}

	/** Runs the scenario, handing {@code progress} the figures so far after every sample. */
	static Figures run(Path work, int requests, long seed, Consumer<Figures> progress) throws Exception {
		HostileLoad load = new HostileLoad(work, seed);
		load.progress = progress;
		try {
			return load.load(requests);
		}
		finally {
			load.suite.stopDatabase();
		}
	}

	private Figures load(int requests) throws Exception {
		List<Sample> samples = new ArrayList<>();
		List<String> top;
		// production settings: the demo newsroom, cached templates; the sign-in throttle is raised
		// so that the sign-ins with new sessions are answered by the sign-in, not by the throttle
		try (ChildJvm app = suite.start("--dateline.demo=true", "--spring.thymeleaf.cache=true",
				"--dateline.security.max-failures=1000000")) {
			desk = new DeskClient(suite.port());
			desk.signIn();
			readerPaths = readerPaths();
			try (Connection db = suite.connect(); Statement statement = db.createStatement();
					ResultSet rs = statement.executeQuery("select min(id) from section")) {
				rs.next();
				section = rs.getLong(1);
			}
			// a few of every kind first, so that the first sample holds what any use loads once
			send(40);
			long started = System.nanoTime();
			samples.add(sample(app, 0, started));
			int quarter = Math.max(1, requests / 4);
			for (int done = 0; done < requests;) {
				int batch = Math.min(quarter, requests - done);
				send(batch);
				done += batch;
				samples.add(sample(app, done, started));
				progress.accept(new Figures(List.copyOf(samples), new TreeMap<>(byKind), serverErrors.get(), largestForm, List.of(),
						List.copyOf(problems)));
			}
			top = topClasses(histogram(app));
			app.stop();
		}
		Figures figures = new Figures(samples, new TreeMap<>(byKind), serverErrors.get(), largestForm, top, problems);
		if (samples.size() > 2 && figures.growthAfterFirstQuarter() > GROWTH_BOUND) {
			problems.add("the live heap grew by %.1f MB after the first quarter".formatted(figures.growthAfterFirstQuarter() / 1e6));
		}
		if (serverErrors.get() > 0) {
			problems.add(serverErrors.get() + " answers were 5xx");
		}
		return new Figures(samples, new TreeMap<>(byKind), serverErrors.get(), largestForm, top, List.copyOf(problems));
	}

	/** Sends {@code count} requests from four clients at once and waits for every answer. */
	private void send(int count) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = sequence.getAndIncrement();
				long seed = random.nextLong();
				answers.add(clients.submit(() -> {
					one(n, new Random(seed));
					return null;
				}));
			}
			for (Future<?> answer : answers) {
				answer.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** One hostile request; which kind depends on {@code n}, so every quarter has the same mix. */
	private void one(int n, Random r) throws Exception {
		String unique = n + "-" + Long.toHexString(r.nextLong());
		switch (n % 10) {
			case 0, 1, 2, 3 -> {
				// a reader page with a query string no one has sent before
				String path = readerPaths.get(r.nextInt(readerPaths.size()));
				String query = r.nextInt(4) == 0 ? "q=" + unique : "utm_" + unique + "=" + unique + "&page=" + r.nextInt(1000);
				if (r.nextInt(3) == 0) {
					path = "/search";
					query = "q=" + unique + "&section=" + unique + "&page=" + (1 + r.nextInt(3));
				}
				record("reader page, random query", anonymous(get(path + "?" + query)));
			}
			case 4, 5 -> record("sign-in page, new session", anonymous(get("/login?" + unique)));
			case 6 -> record("sign-in post without cookie or token", anonymous(post("/login",
					form(Map.of("username", "guess-" + unique, "password", unique)))));
			case 7 -> hugeForm(n, r, unique);
			case 8 -> signInWithNewSession(n, unique);
			default -> record("desk page, signed in, random query",
					desk.get((r.nextBoolean() ? "/desk?" : "/desk/articles?q=") + unique).statusCode());
		}
	}

	private void hugeForm(int n, Random r, String unique) throws Exception {
		// log-uniform between 64 KB and just under the limit, so large and very large both occur
		double lo = Math.log(64 * 1024);
		double hi = Math.log(FORM_LIMIT - 256 * 1024);
		int size = (int) Math.exp(lo + r.nextDouble() * (hi - lo));
		largestForm = Math.max(largestForm, size);
		if ((n / 10) % 2 == 0) {
			// anonymous sign-in with a fresh session and its token, and an enormous password
			DeskClient stranger = new DeskClient(suite.port());
			String token = DeskClient.csrf(stranger.get("/login").body());
			record("huge sign-in form, new session", stranger.post("/login",
					Map.of("_csrf", token, "username", "huge-" + unique, "password", filler(r, size))).statusCode());
		}
		else {
			// signed in: a story form that fails validation (no headline, body over 1 MB), re-shown with
			// its input; nothing is saved
			String token = DeskClient.csrf(desk.get("/desk/articles/new").body());
			int body = Math.min(size, 1_100_000);
			record("huge story form, signed in", desk.post("/desk/articles", Map.of("_csrf", token, "headline", "",
					"body", "<p>" + filler(r, body) + "</p>", "notes", filler(r, Math.max(0, size - body)),
					"sectionId", Long.toString(section), "dateline", unique)).statusCode());
		}
	}

	private void signInWithNewSession(int n, String unique) throws Exception {
		DeskClient stranger = new DeskClient(suite.port());
		String token = DeskClient.csrf(stranger.get("/login").body());
		if ((n / 10) % 3 == 0) {
			// a real sign-in: a new signed-in session, used once and left behind
			stranger.signIn();
			record("sign-in, new signed-in session", stranger.get("/desk?" + unique).statusCode());
		}
		else {
			record("failed sign-in, new session", stranger.post("/login",
					Map.of("_csrf", token, "username", "admin", "password", "wrong " + unique)).statusCode());
		}
	}

	private void record(String kind, int status) {
		byKind.merge(kind, 1, Integer::sum);
		if (status >= 500) {
			if (serverErrors.incrementAndGet() <= 10) {
				problems.add(kind + " answered " + status);
			}
		}
	}

	private int anonymous(HttpRequest request) throws IOException, InterruptedException {
		return anonymous.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(desk.base() + path)).timeout(Duration.ofSeconds(60)).GET().build();
	}

	private HttpRequest post(String path, String body) {
		return HttpRequest.newBuilder(URI.create(desk.base() + path)).timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private static String form(Map<String, String> fields) {
		StringBuilder out = new StringBuilder();
		fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return out.toString();
	}

	/** Letters and spaces (one byte each, encoded), different on every call. */
	private static String filler(Random r, int size) {
		char[] chars = new char[size];
		for (int i = 0; i < size; i++) {
			int c = r.nextInt(27);
			chars[i] = c == 26 ? ' ' : (char) ('a' + c);
		}
		return new String(chars);
	}

	/** The reader pages the front page links to: stories, sections, subjects, feeds. */
	private List<String> readerPaths() throws Exception {
		Set<String> paths = new LinkedHashSet<>(List.of("/", "/search", "/feed.atom", "/sitemap.xml"));
		Matcher m = HREF.matcher(desk.get("/").body());
		while (m.find()) {
			String path = m.group(1);
			if (!path.startsWith("/desk") && !path.startsWith("/login") && !path.startsWith("/logout") && !path.contains(".")
					&& !path.startsWith("/media") && !path.startsWith("/api")) {
				paths.add(path);
			}
		}
		if (paths.size() < 8) {
			throw new IllegalStateException("The front page links to too few reader pages: " + paths);
		}
		return List.copyOf(paths);
	}

	private Sample sample(ChildJvm app, int requests, long started) throws Exception {
		long live = liveBytes(histogram(app));
		long sessions;
		try (Connection db = suite.connect(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from spring_session")) {
			rs.next();
			sessions = rs.getLong(1);
		}
		Sample sample = new Sample(requests, live, sessions, (System.nanoTime() - started) / 1_000_000_000);
		System.out.printf("Hostile load: %,d requests, live heap %.1f MB, %,d sessions%n", requests, live / 1e6, sessions);
		return sample;
	}

	/** {@code jcmd GC.class_histogram}: a full GC, then what is still alive, by class. */
	private static String histogram(ChildJvm app) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(app.pid()), "GC.class_histogram").redirectErrorStream(true).start();
		String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
			throw new IllegalStateException("jcmd failed: " + out);
		}
		return out;
	}

	static long liveBytes(String histogram) {
		Matcher m = TOTAL.matcher(histogram);
		if (!m.find()) {
			throw new IllegalStateException("No total in the class histogram:\n" + histogram);
		}
		return Long.parseLong(m.group(2));
	}

	private static List<String> topClasses(String histogram) {
		List<String> top = new ArrayList<>();
		Matcher m = HISTOGRAM_ROW.matcher(histogram);
		while (m.find() && top.size() < 5) {
			top.add("`%s` %.1f MB".formatted(m.group(3), Long.parseLong(m.group(2)) / 1e6));
		}
		return top;
	}

}
