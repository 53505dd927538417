package org.dateline.cache.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * One daemon thread that runs a step over and over while the application runs: started and
 * stopped with the context, waiting between steps (cut short by {@link #wake()}), and, when a
 * step fails, logging one line and trying again after a pause. The invalidation feed and the
 * purge worker are both such loops.
 */
abstract class BackgroundLoop implements SmartLifecycle {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final String threadName;

	private final Object wakeUp = new Object();

	private volatile boolean running;

	private volatile boolean woken;

	private Thread thread;

	BackgroundLoop(String threadName) {
		this.threadName = threadName;
	}

	/**
	 * Does one round of work; returns true when there may be more at once, false to wait
	 * {@link #idleMillis()} (or until woken) first.
	 */
	abstract boolean step() throws Exception;

	/** How long to wait after a round that found nothing to do. */
	abstract long idleMillis();

	/** How long to wait after a round that failed. */
	abstract long failureMillis();

	/** What the log says when a round fails, before the exception's message. */
	abstract String failureMessage();

	/** Called on the loop's thread after a failed round, to drop what the failure broke. */
	void afterFailure() {
	}

	/** Called on the loop's thread once it has stopped. */
	void afterStop() {
	}

	/** Ends the current wait at once, so the next round starts now. */
	void wake() {
		synchronized (wakeUp) {
			woken = true;
			wakeUp.notifyAll();
		}
	}

	@Override
	public synchronized void start() {
		running = true;
		thread = new Thread(this::run, threadName);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		wake();
		Thread t = thread;
		if (t != null) {
			t.interrupt();
			try {
				t.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		try {
			while (running) {
				boolean more;
				try {
					more = step();
				}
				catch (Exception ex) {
					if (!running) {
						break;
					}
					log.warn("{} ({}); trying again", failureMessage(), ex.getMessage());
					afterFailure();
					pause(failureMillis());
					continue;
				}
				if (!more) {
					pause(idleMillis());
				}
			}
		}
		finally {
			afterStop();
		}
	}

	/** Waits up to {@code millis}, or until woken or stopped. */
	private void pause(long millis) {
		long deadline = System.nanoTime() + millis * 1_000_000;
		synchronized (wakeUp) {
			while (running && !woken) {
				long left = (deadline - System.nanoTime()) / 1_000_000;
				if (left <= 0) {
					break;
				}
				try {
					wakeUp.wait(left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					running = false;
				}
			}
			woken = false;
		}
	}

}
