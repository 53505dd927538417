package org.dateline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newsroom at work while readers read: one writer saves a draft every second and an editor
 * publishes a story every 10 seconds, through the application's own services, on a scheduled
 * executor's ticks one second apart. Records how long each draft save took.
 */
final class Churn {

	private final ArticleService articles;

	private final Actor editor;

	private final long section;

	private final List<Double> saveMillis = Collections.synchronizedList(new ArrayList<>());

	/** Per save: milliseconds on a processor, waiting in the run queue for one, and neither (waiting for PostgreSQL or a lock). */
	private final List<double[]> saveParts = Collections.synchronizedList(new ArrayList<>());

	/**
	 * Where a draft save's time went, medians over the saves: on a processor, runnable but waiting
	 * for one (the kernel's run queue), and blocked (on PostgreSQL's answers, a lock or a pool).
	 * NaN where the kernel does not say ({@code /proc/thread-self/schedstat}).
	 */
	record Breakdown(double onCpuMs, double runQueueMs, double blockedMs) {
	}

	private ScheduledExecutorService ticks;

	private Article draft;

	private volatile int publishes;

	private int tick;

	Churn(ConfigurableApplicationContext app) {
		this.articles = app.getBean(ArticleService.class);
		this.editor = new TestAccounts(app).create(Role.EDITOR).toActor();
		this.section = articles.sections().get(0).getId();
		this.draft = articles.create(new SaveArticle(new ArticleContent("Churn draft", null, "<p>Draft.</p>", null),
				section, null, null), editor);
	}

	/**
	 * Saves the draft {@code saves} times, unmeasured: a newsroom saves drafts all day, so the
	 * measured saves run code the JVM has compiled, as the warm reader rows do, not the
	 * interpreter's first passes through it.
	 */
	void warmUp(int saves) {
		for (int i = 0; i < saves; i++) {
			draft = articles.update(draft.getId(), new SaveArticle(new ArticleContent("Churn draft warm-up " + i, null,
					"<p>Warm-up paragraph " + i + ".</p>", null), section, null, draft.getVersion()), editor);
		}
	}

	void start() {
		ticks = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "bench-churn");
			thread.setDaemon(true);
			return thread;
		});
		// one tick a second; a tick slower than that delays the next one, never overlaps it
		ticks.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
	}

	void stop() throws InterruptedException {
		ticks.shutdown();
		if (!ticks.awaitTermination(10, TimeUnit.SECONDS)) {
			ticks.shutdownNow();
		}
	}

	private void tick() {
		long[] before = schedstat();
		long started = System.nanoTime();
		draft = articles.update(draft.getId(), new SaveArticle(new ArticleContent("Churn draft " + tick, null,
				"<p>Draft paragraph " + tick + ".</p>", null), section, null, draft.getVersion()), editor);
		double wall = (System.nanoTime() - started) / 1e6;
		long[] after = schedstat();
		saveMillis.add(wall);
		if (before != null && after != null) {
			double cpu = (after[0] - before[0]) / 1e6;
			double queued = (after[1] - before[1]) / 1e6;
			saveParts.add(new double[] { cpu, queued, Math.max(0, wall - cpu - queued) });
		}
		if (tick % 10 == 0) {
			Article story = articles.create(new SaveArticle(new ArticleContent("Churn story " + tick + " " + System.nanoTime(),
					null, "<p>Published while readers read.</p>", null), section, null, null), editor);
			articles.publish(story.getId(), editor);
			publishes++;
		}
		tick++;
	}

	/** This thread's nanoseconds on a processor and waiting in the run queue, or null where Linux does not tell. */
	private static long[] schedstat() {
		try {
			String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat")).trim().split("\\s+");
			return new long[] { Long.parseLong(fields[0]), Long.parseLong(fields[1]) };
		}
		catch (java.io.IOException | RuntimeException ex) {
			return null;
		}
	}

	Breakdown breakdown() {
		List<double[]> parts;
		synchronized (saveParts) {
			parts = new ArrayList<>(saveParts);
		}
		if (parts.isEmpty()) {
			return new Breakdown(Double.NaN, Double.NaN, Double.NaN);
		}
		return new Breakdown(median(parts, 0), median(parts, 1), median(parts, 2));
	}

	private static double median(List<double[]> parts, int i) {
		return BenchmarkHarness.median(parts.stream().mapToDouble(p -> p[i]).toArray());
	}

	double medianSaveMillis() {
		List<Double> sorted;
		synchronized (saveMillis) {
			sorted = new ArrayList<>(saveMillis);
		}
		Collections.sort(sorted);
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}

	int saves() {
		return saveMillis.size();
	}

	int publishes() {
		return publishes;
	}

}
