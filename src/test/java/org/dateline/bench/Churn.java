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
		long started = System.nanoTime();
		draft = articles.update(draft.getId(), new SaveArticle(new ArticleContent("Churn draft " + tick, null,
				"<p>Draft paragraph " + tick + ".</p>", null), section, null, draft.getVersion()), editor);
		saveMillis.add((System.nanoTime() - started) / 1e6);
		if (tick % 10 == 0) {
			Article story = articles.create(new SaveArticle(new ArticleContent("Churn story " + tick + " " + System.nanoTime(),
					null, "<p>Published while readers read.</p>", null), section, null, null), editor);
			articles.publish(story.getId(), editor);
			publishes++;
		}
		tick++;
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
