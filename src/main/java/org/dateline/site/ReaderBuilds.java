package org.dateline.site;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.dateline.shared.DatelineProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A bulkhead around building reader pages: at most {@code dateline.cache.build-concurrency} pages
 * that missed the in-app cache (by default one per processor) are built at once; the others wait
 * their turn in arrival order. Building a page takes a processor and a database connection for
 * its whole time, and 32 readers asking for 32 uncached pages would otherwise take every
 * processor and most of the pool, leaving a reporter's save to queue behind them. Pages served
 * from the cache, the desk, and reader pages asked for by a signed-in desk user never wait here.
 */
@Component
class ReaderBuilds {

	private final Semaphore turns;

	/** Turns to answer a reader from the cache: a few reader threads run at once, not one per connection. */
	private final Semaphore serving;

	private final int servingLimit;

	private final int limit;

	private final Duration timeout;

	ReaderBuilds(DatelineProperties properties, ObjectProvider<MeterRegistry> registry) {
		this.limit = properties.cache().pageBuilds();
		this.turns = new Semaphore(limit, true);
		this.servingLimit = properties.cache().cachedServes();
		this.serving = new Semaphore(servingLimit, true);
		this.timeout = properties.cache().buildQueueTimeout();
		registry.ifAvailable(r -> {
			Gauge.builder("dateline.page.build.queue", turns, Semaphore::getQueueLength)
				.description("reader pages waiting for their turn to be built")
				.register(r);
			Gauge.builder("dateline.page.build.active", this, ReaderBuilds::active)
				.description("reader pages being built")
				.register(r);
		});
	}

	/** Waits for a turn to answer a reader from the cache; false if none came within the queue timeout. */
	boolean enterServing() throws InterruptedException {
		return serving.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	void leaveServing() {
		serving.release();
	}

	int servingLimit() {
		return servingLimit;
	}

	/** How many readers are waiting for a turn to be answered from the cache. */
	int waitingToBeServed() {
		return serving.getQueueLength();
	}

	/** Waits for a turn; false if none came within {@code dateline.cache.build-queue-timeout}. */
	boolean enter() throws InterruptedException {
		return turns.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** Gives the turn taken by {@link #enter()} back. */
	void leave() {
		turns.release();
	}

	/** How many pages are being built now. */
	int active() {
		return limit - turns.availablePermits();
	}

	/** How many pages are waiting for a turn. */
	int waiting() {
		return turns.getQueueLength();
	}

	int limit() {
		return limit;
	}

}
