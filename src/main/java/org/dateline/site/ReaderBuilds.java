package org.dateline.site;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.dateline.shared.DatelineProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A bulkhead around building reader pages: at most {@code dateline.cache.build-concurrency} pages
 * that missed the in-app cache (by default one per processor) are built at once; the others wait
 * their turn in arrival order. Building a page takes a processor and a database connection for
 * its whole time, and 32 readers asking for 32 uncached pages would otherwise take every
 * processor and most of the pool, leaving a reporter's save to queue behind them. Pages served
 * from the cache, the desk, and reader pages asked for by a signed-in desk user never wait here.
 * <p>
 * A reader waiting for a turn holds one of the server's request threads
 * ({@code server.tomcat.threads.max}, 200 by default). So that readers can never hold them all and
 * leave a desk request queued behind them in the server's accept queue, at most that many minus a
 * reserve (a quarter, at least two) readers are inside at once, waiting or answered; a reader
 * beyond that gets a 503 with {@code Retry-After} at once.
 */
@Component
class ReaderBuilds {

	private final Semaphore turns;

	/** Turns to answer a reader from the cache: a few reader threads run at once, not one per connection. */
	private final Semaphore serving;

	private final int servingLimit;

	private final int limit;

	private final Duration timeout;

	/** Readers inside (waiting for a turn or holding one), each on a request thread. */
	private final AtomicInteger inside = new AtomicInteger();

	/** At most this many readers inside: the rest of the request threads stay for the desk. */
	private final int insideLimit;

	ReaderBuilds(DatelineProperties properties, ObjectProvider<MeterRegistry> registry, Environment environment) {
		int threads = environment.getProperty("server.tomcat.threads.max", Integer.class, 200);
		this.insideLimit = Math.max(1, threads - Math.max(2, threads / 4));
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

	/**
	 * Waits for a turn to answer a reader from the cache; false if none came within the queue
	 * timeout, or at once when too many readers are inside already.
	 */
	boolean enterServing() throws InterruptedException {
		return take(serving);
	}

	void leaveServing() {
		serving.release();
		inside.decrementAndGet();
	}

	private boolean take(Semaphore semaphore) throws InterruptedException {
		if (semaphore.tryAcquire(0, TimeUnit.NANOSECONDS)) {
			// a free turn, and nobody ahead in the queue (this form keeps the arrival order)
			inside.incrementAndGet();
			return true;
		}
		if (inside.incrementAndGet() > insideLimit) {
			inside.decrementAndGet();
			return false;
		}
		boolean taken = false;
		try {
			taken = semaphore.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
			return taken;
		}
		finally {
			if (!taken) {
				inside.decrementAndGet();
			}
		}
	}

	/** How many readers may be inside (waiting or answered) at once. */
	int insideLimit() {
		return insideLimit;
	}

	int servingLimit() {
		return servingLimit;
	}

	/** How many readers are waiting for a turn to be answered from the cache. */
	int waitingToBeServed() {
		return serving.getQueueLength();
	}

	/**
	 * Waits for a turn; false if none came within {@code dateline.cache.build-queue-timeout}, or
	 * at once when too many readers are inside already.
	 */
	boolean enter() throws InterruptedException {
		return take(turns);
	}

	/** Gives the turn taken by {@link #enter()} back. */
	void leave() {
		turns.release();
		inside.decrementAndGet();
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
