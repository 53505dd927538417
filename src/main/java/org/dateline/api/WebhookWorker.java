package org.dateline.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.dateline.shared.DatelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries. Each instance runs one worker thread; a batch of due deliveries is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and a two-minute lease, so instances never send the
 * same delivery at once, and one that dies mid-send leaves its claim to run out and the delivery
 * to be sent again (at least once). A failed attempt is retried after the next of
 * {@code dateline.webhooks.retry-delays} (about a day in all); when the last one fails the
 * delivery is given up and its endpoint disabled, which the desk tells admins.
 */
@Component
class WebhookWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

	static final int BATCH = 20;

	static final Duration LEASE = Duration.ofMinutes(2);

	private record Due(long id, int attempts, long endpointId, String url, String secret, String messageId,
			String payload) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DatelineProperties.Webhooks settings;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private Thread thread;

	private WebhookSender sender;

	WebhookWorker(JdbcClient jdbc, Clock clock, DatelineProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = properties.webhooks();
	}

	/** Looks for work now instead of at the next poll (called after a commit that queued deliveries). */
	void wake() {
		wakeUp.release();
	}

	@Override
	public synchronized void start() {
		sender = new WebhookSender(settings.allowPrivateAddresses(), settings.connectTimeout(), settings.readTimeout());
		running = true;
		thread = new Thread(this::loop, "webhook-worker");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(settings.readTimeout().toMillis() + 1_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			sender.close();
		}
		catch (Exception e) {
			log.debug("Closing the webhook client failed", e);
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop() {
		while (running) {
			try {
				int sent = deliverDue();
				if (sent < BATCH) {
					wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
					wakeUp.drainPermits();
				}
			}
			catch (InterruptedException e) {
				return;
			}
			catch (RuntimeException e) {
				if (!running) {
					return;
				}
				log.warn("Webhook delivery round failed; trying again shortly", e);
				try {
					Thread.sleep(settings.pollInterval().toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	/** Claims and sends one batch of due deliveries; returns how many it claimed. */
	int deliverDue() {
		Instant now = clock.instant();
		List<Due> due = jdbc.sql("""
				with claimed as (
				    update webhook_delivery set lease_until = :lease
				    where id in (
				        select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
				        where d.status = 'PENDING' and d.next_attempt_at <= :now and e.enabled
				          and (d.lease_until is null or d.lease_until < :now)
				        order by d.next_attempt_at, d.id
				        limit :batch
				        for update of d skip locked)
				    returning id, attempts, endpoint_id, event_id)
				select c.id, c.attempts, e.id, e.url, e.secret, ev.message_id, ev.payload
				from claimed c join webhook_endpoint e on e.id = c.endpoint_id join webhook_event ev on ev.id = c.event_id
				order by c.id""")
			.param("lease", ApiStories.utc(now.plus(LEASE)))
			.param("now", ApiStories.utc(now))
			.param("batch", BATCH)
			.query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7)))
			.list();
		for (Due delivery : due) {
			if (!running) {
				break;
			}
			send(delivery);
		}
		return due.size();
	}

	private void send(Due delivery) {
		long timestamp = clock.instant().getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", delivery.messageId());
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature",
				WebhookSignature.sign(delivery.secret(), delivery.messageId(), timestamp, delivery.payload()));
		WebhookSender.Result result = sender.send(delivery.url(), headers, delivery.payload());
		record(delivery, result);
	}

	private void record(Due delivery, WebhookSender.Result result) {
		Instant now = clock.instant();
		int attempts = delivery.attempts() + 1;
		if (result.succeeded()) {
			jdbc.sql("""
					update webhook_delivery set status = 'DELIVERED', attempts = ?, last_attempt_at = ?, delivered_at = ?,
					       response_code = ?, duration_ms = ?, last_error = null, lease_until = null
					where id = ?""")
				.params(attempts, ApiStories.utc(now), ApiStories.utc(now), result.status(), (int) result.millis(),
						delivery.id())
				.update();
			return;
		}
		List<Duration> delays = settings.retryDelays();
		boolean givenUp = attempts > delays.size();
		jdbc.sql("""
				update webhook_delivery set status = ?, attempts = ?, last_attempt_at = ?, next_attempt_at = ?,
				       response_code = ?, duration_ms = ?, last_error = ?, lease_until = null
				where id = ?""")
			.params(givenUp ? "FAILED" : "PENDING", attempts, ApiStories.utc(now),
					ApiStories.utc(givenUp ? now : now.plus(delays.get(attempts - 1))),
					result.status() == 0 ? null : result.status(), (int) result.millis(), truncate(result.error()),
					delivery.id())
			.update();
		if (givenUp) {
			jdbc.sql("""
					update webhook_endpoint set enabled = false, disabled_at = ?, disabled_reason = ?
					where id = ? and enabled""")
				.params(ApiStories.utc(now), truncate("Switched off after " + attempts + " failed attempts to deliver "
						+ delivery.messageId() + ". Last error: " + result.error()), delivery.endpointId())
				.update();
			log.warn("Webhook endpoint #{} disabled after {} failed attempts", delivery.endpointId(), attempts);
		}
	}

	private static String truncate(String text) {
		return text == null ? null : text.length() > 500 ? text.substring(0, 500) : text;
	}


}
