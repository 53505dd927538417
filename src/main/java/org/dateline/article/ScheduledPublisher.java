package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes embargoed stories when their time comes. Each run locks the due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so with several app instances on one database every story is
 * published by exactly one of them, once.
 */
@Component
class ScheduledPublisher {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

	static final int BATCH = 100;

	private final ArticleRepository articles;

	private final Clock clock;

	ScheduledPublisher(ArticleRepository articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dateline.scheduler.interval:15s}", initialDelayString = "${dateline.scheduler.initial-delay:10s}")
	void run() {
		int published = publishDue(clock.instant());
		if (published > 0) {
			log.info("Published {} scheduled stor{}", published, published == 1 ? "y" : "ies");
		}
	}

	/** Publishes every story scheduled at or before {@code now}; returns how many this call published. */
	@Transactional
	int publishDue(Instant now) {
		List<Long> due = articles.lockDueForPublication(now, BATCH);
		Clock at = Clock.fixed(now, ZoneOffset.UTC);
		for (Long id : due) {
			Article article = articles.findById(id).orElseThrow();
			article.publishScheduled(at);
			articles.save(article);
		}
		return due.size();
	}

}
