package org.dateline.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded wait for a condition: checks it every few milliseconds until it holds or the time is
 * up, and then fails naming what never happened, instead of carrying on as if it had.
 */
public final class Poll {

	private Poll() {
	}

	/** Waits until {@code condition} is true, at most {@code timeout}; throws if it never is. */
	public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		long pause = Duration.ofMillis(5).toNanos();
		while (!Boolean.TRUE.equals(condition.call())) {
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("Gave up after " + timeout.toMillis() + " ms waiting for " + what);
			}
			LockSupport.parkNanos(pause);
			pause = Math.min(pause * 2, Duration.ofMillis(100).toNanos());
			if (Thread.interrupted()) {
				throw new InterruptedException("Interrupted waiting for " + what);
			}
		}
	}

}
