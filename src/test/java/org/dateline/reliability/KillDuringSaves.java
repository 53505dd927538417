package org.dateline.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.dateline.shared.EmbeddedPostgresControl;
import org.dateline.support.ChildJvm;
import org.dateline.support.Eventually;

/**
 * The kill-in-the-middle-of-a-save scenario: Dateline runs in a child JVM on its durable embedded
 * database; a writer streams story saves over HTTP, and each trial schedules a story to publish;
 * at a random moment the JVM is killed with {@code kill -9}. The next start (which has to stop the
 * orphaned PostgreSQL) must find every acknowledged save, each story holding its last acknowledged
 * text or the one in flight when the JVM died, its latest revision equal to its text, and every
 * scheduled story published exactly once.
 */
final class KillDuringSaves {

	/** What a run found; {@code problems} is empty when every promise held. */
	record Figures(int trials, int acknowledged, int found, List<Long> startMillis, int serverErrors, int scheduled,
			int publishedOnce, List<String> problems) {

		long slowestStartMillis() {
			return startMillis.stream().mapToLong(Long::longValue).max().orElse(0);
		}

		long medianStartMillis() {
			List<Long> sorted = new ArrayList<>(startMillis);
			Collections.sort(sorted);
			return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
		}

	}

	private final SuiteApp suite;

	private final Path data;

	private final Random random;

	private final int port;

	/** Story id to the tokens of its acknowledged saves, in order. */
	private final Map<Long, List<String>> acknowledged = new ConcurrentHashMap<>();

	/** Story id to the token of the save sent when the JVM died, if any. */
	private final Map<Long, String> inFlight = new ConcurrentHashMap<>();

	private final List<Long> scheduled = new ArrayList<>();

	private final List<Long> startMillis = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	private final AtomicInteger serverErrors = new AtomicInteger();

	private final AtomicInteger saves = new AtomicInteger();

	private volatile long section;

	private Consumer<Figures> progress = figures -> {
	};

	private KillDuringSaves(Path work, long seed) throws IOException {
		this.suite = new SuiteApp(work);
		this.data = suite.data();
		this.random = new Random(seed);
		this.port = suite.port();
	}

	static Figures run(Path work, int trials, long seed) throws Exception {
		return run(work, trials, seed, figures -> {
		});
	}

	/**
	 * As {@link #run(Path, int, long)}, handing {@code progress} the figures so far after every
	 * recovered trial (the scheduled stories are checked only at the end).
	 */
	static Figures run(Path work, int trials, long seed, Consumer<Figures> progress) throws Exception {
		KillDuringSaves scenario = new KillDuringSaves(work, seed);
		scenario.progress = progress;
		try {
			scenario.runTrials(trials);
			return scenario.finish(trials);
		}
		finally {
			EmbeddedPostgresControl.stopIfRunning(scenario.data);
		}
	}

	private void runTrials(int trials) throws Exception {
		for (int trial = 0; trial < trials; trial++) {
			try (ChildJvm app = startApp()) {
				if (trial > 0) {
					verify();
					int[] counts = countFound();
					progress.accept(new Figures(trial, counts[0], counts[1], List.copyOf(startMillis), serverErrors.get(),
							scheduled.size(), scheduled.size(), List.copyOf(problems)));
					System.out.printf("Kill -9: %d trials recovered, %d saves acknowledged, %d found, %d problems%n", trial,
							counts[0], counts[1], problems.size());
				}
				DeskClient desk = new DeskClient(port);
				desk.signIn();
				if (acknowledged.isEmpty()) {
					for (int i = 0; i < 3; i++) {
						acknowledged.put(createStory(desk, "Kept story " + i), new ArrayList<>(List.of("first")));
					}
				}
				long toSchedule = createStory(desk, "Scheduled in trial " + trial);
				String publishAt = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(15).truncatedTo(ChronoUnit.SECONDS).toString();
				HttpResponse<String> schedule = desk.post("/desk/articles/" + toSchedule + "/schedule",
						Map.of("_csrf", DeskClient.csrf(desk.get("/desk/articles/" + toSchedule).body()), "publishAt", publishAt));
				if (schedule.statusCode() == 302) {
					scheduled.add(toSchedule);
				}
				else {
					problems.add("trial " + trial + ": scheduling answered " + schedule.statusCode());
				}
				int currentTrial = trial;
				Thread writer = new Thread(() -> write(desk, currentTrial), "writer");
				writer.start();
				// the kill comes at a random moment of the stream (or at once, should the writer stop by itself)
				writer.join(500 + random.nextInt(3000));
				app.kill();
				writer.join(30_000);
			}
		}
	}

	private Figures finish(int trials) throws Exception {
		int found;
		int total;
		try (ChildJvm app = startApp()) {
			verify();
			awaitScheduledPublished(Duration.ofSeconds(60));
			verifyScheduled();
			int[] counts = countFound();
			total = counts[0];
			found = counts[1];
			app.stop();
		}
		int publishedOnce = scheduled.size() - (int) problems.stream().filter(p -> p.startsWith("scheduled story")).count();
		return new Figures(trials, total, found, List.copyOf(startMillis), serverErrors.get(), scheduled.size(), publishedOnce,
				List.copyOf(problems));
	}

	/** How many saves were acknowledged, and how many of them have a revision now. */
	private int[] countFound() throws IOException, SQLException {
		int found = 0;
		int total = 0;
		try (Connection db = connect()) {
			for (Map.Entry<Long, List<String>> story : acknowledged.entrySet()) {
				List<String> revisions = revisionBodies(db, story.getKey());
				for (String token : story.getValue()) {
					total++;
					if (revisions.stream().anyMatch(body -> body.contains(token))) {
						found++;
					}
				}
			}
		}
		return new int[] { total, found };
	}

	private ChildJvm startApp() throws Exception {
		long started = System.nanoTime();
		ChildJvm app = suite.start("--dateline.scheduler.interval=1s", "--dateline.scheduler.initial-delay=1s");
		startMillis.add((System.nanoTime() - started) / 1_000_000);
		return app;
	}

	private long createStory(DeskClient desk, String headline) throws Exception {
		HttpResponse<String> created = desk.post("/desk/articles", Map.of("_csrf", DeskClient.csrf(desk.get("/desk/articles/new").body()),
				"headline", headline, "body", "<p>first</p>", "sectionId", Long.toString(firstSection()), "dateline", "Oslo"));
		if (created.statusCode() != 302) {
			throw new IllegalStateException("Creating a story answered " + created.statusCode());
		}
		String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	private void write(DeskClient desk, int trial) {
		List<Long> stories = new ArrayList<>(acknowledged.keySet());
		try {
			while (true) {
				long id = stories.get(random.nextInt(stories.size()));
				String form = desk.get("/desk/articles/" + id).body();
				String token = "save " + saves.incrementAndGet() + " of trial " + trial;
				Map<String, String> save = new LinkedHashMap<>();
				save.put("_csrf", DeskClient.csrf(form));
				save.put("version", DeskClient.version(form));
				save.put("headline", "Kept story " + id);
				save.put("body", "<p>" + token + "</p>");
				save.put("sectionId", Long.toString(firstSection()));
				save.put("dateline", "Oslo");
				inFlight.put(id, token);
				HttpResponse<String> response = desk.post("/desk/articles/" + id, save);
				if (response.statusCode() == 302) {
					acknowledged.get(id).add(token);
					inFlight.remove(id);
				}
				else if (response.statusCode() >= 500) {
					serverErrors.incrementAndGet();
				}
			}
		}
		catch (IOException | SQLException | IllegalStateException ex) {
			// the JVM was killed under us: the save in flight may or may not have committed
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void verify() {
		try (Connection db = connect()) {
			for (Map.Entry<Long, List<String>> story : acknowledged.entrySet()) {
				long id = story.getKey();
				List<String> revisions = revisionBodies(db, id);
				String current = single(db, "select body_html from article where id = ?", id);
				List<String> saved = story.getValue();
				String last = saved.get(saved.size() - 1);
				String pending = inFlight.remove(id);
				boolean holdsPending = pending != null && current.contains(pending);
				if (!current.contains(last) && !holdsPending) {
					problems.add("story " + id + " holds '" + current + "', neither the acknowledged '" + last + "' nor the one in flight");
				}
				if (holdsPending) {
					saved.add(pending);
				}
				if (revisions.isEmpty() || !revisions.get(revisions.size() - 1).equals(current)) {
					problems.add("story " + id + ": its latest revision is not its current text");
				}
				for (String token : saved) {
					if (revisions.stream().noneMatch(body -> body.contains(token))) {
						problems.add("story " + id + ": the acknowledged save '" + token + "' has no revision");
					}
				}
			}
		}
		catch (SQLException | IOException ex) {
			problems.add("could not read the database: " + ex.getMessage());
		}
	}

	private void awaitScheduledPublished(Duration timeout) {
		// verifyScheduled() reports any story still unpublished when this gives up
		Eventually.within(timeout, Duration.ofMillis(500), () -> {
			try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(
					"select count(*) from article where id = any (?) and status <> 'PUBLISHED'")) {
				statement.setArray(1, db.createArrayOf("bigint", scheduled.toArray()));
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					return rs.getInt(1) == 0;
				}
			}
		});
	}

	private void verifyScheduled() throws IOException, SQLException {
		try (Connection db = connect()) {
			for (long id : scheduled) {
				String status = single(db, "select status from article where id = ?", id);
				String publishes = single(db,
						"select count(*)::text from audit_event where action = 'ARTICLE_PUBLISHED' and target = ?", "article:" + id);
				if (!"PUBLISHED".equals(status) || !"1".equals(publishes)) {
					problems.add("scheduled story " + id + " is " + status + " and was published " + publishes + " times");
				}
			}
		}
	}

	private Connection connect() throws IOException, SQLException {
		return suite.connect();
	}

	private long firstSection() throws IOException, SQLException {
		if (section == 0) {
			try (Connection db = connect()) {
				section = Long.parseLong(single(db, "select min(id)::text from section", null));
			}
		}
		return section;
	}

	private static List<String> revisionBodies(Connection db, long id) throws SQLException {
		List<String> bodies = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement("select body_html from article_revision where article_id = ? order by id")) {
			statement.setLong(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					bodies.add(rs.getString(1));
				}
			}
		}
		return bodies;
	}

	private static String single(Connection db, String sql, Object parameter) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setObject(1, parameter);
			}
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

}
