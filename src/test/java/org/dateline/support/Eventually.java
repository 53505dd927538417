package org.dateline.support;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * Bounded condition waits for tests, instead of sleeping a guessed time: poll a condition until it
 * holds or a deadline passes, then fail with what was awaited.
 *
 * <pre>
 * Eventually.await("health UP", Duration.ofSeconds(30), () -&gt; client.healthy());
 * String line = Eventually.await("a READY line", Duration.ofSeconds(60), () -&gt; findLine(log));
 * </pre>
 */
public final class Eventually {

	private static final Duration POLL = Duration.ofMillis(100);

	private Eventually() {
	}

	/** What a poll found: a value ends the wait, empty polls again. */
	@FunctionalInterface
	public interface Probe<T> {

		Optional<T> poll() throws Exception;

	}

	/** Waits until {@code condition} is true; fails after {@code timeout}. */
	public static void await(String what, Duration timeout, Callable<Boolean> condition) {
		awaitValue(what, timeout, POLL, () -> Boolean.TRUE.equals(condition.call()) ? Optional.of(Boolean.TRUE) : Optional.empty());
	}

	/** Waits until {@code condition} is true, polling every {@code poll}; fails after {@code timeout}. */
	public static void await(String what, Duration timeout, Duration poll, Callable<Boolean> condition) {
		awaitValue(what, timeout, poll, () -> Boolean.TRUE.equals(condition.call()) ? Optional.of(Boolean.TRUE) : Optional.empty());
	}

	/** Waits until {@code probe} finds a value and returns it; fails after {@code timeout}. */
	public static <T> T awaitValue(String what, Duration timeout, Probe<T> probe) {
		return awaitValue(what, timeout, POLL, probe);
	}

	/**
	 * Waits until {@code probe} finds a value and returns it, polling every {@code poll}; fails
	 * after {@code timeout}. An exception from the probe ends the wait at once.
	 */
	public static <T> T awaitValue(String what, Duration timeout, Duration poll, Probe<T> probe) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<T> found;
			try {
				found = probe.poll();
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException("While waiting for " + what + ": " + ex.getMessage(), ex);
			}
			if (found.isPresent()) {
				return found.get();
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("Gave up waiting for " + what + " after " + timeout);
			}
			pause(Math.min(left, poll.toNanos()));
		}
	}

	/** Whether {@code condition} became true within {@code timeout}, without failing when it did not. */
	public static boolean within(Duration timeout, Callable<Boolean> condition) {
		return within(timeout, POLL, condition);
	}

	/** As {@link #within(Duration, Callable)}, polling every {@code poll}. */
	public static boolean within(Duration timeout, Duration poll, Callable<Boolean> condition) {
		try {
			await("a condition", timeout, poll, condition);
			return true;
		}
		catch (IllegalStateException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith("Gave up waiting")) {
				return false;
			}
			throw ex;
		}
	}

	private static void pause(long nanos) {
		LockSupport.parkNanos(nanos);
		if (Thread.interrupted()) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting");
		}
	}

}
