package org.dateline.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Webhook endpoints and their delivery log, as admins manage them on the desk. */
@Service
class WebhookEndpoints {

	static final int URL_MAX = 2000;

	record Endpoint(long id, String url, String description, Set<WebhookEventType> events, boolean enabled,
			String disabledReason, Instant disabledAt, Instant createdAt) {

		public boolean wants(WebhookEventType type) {
			return events.contains(type);
		}

	}

	record Created(long id, String secret) {
	}

	/** One line of the delivery log. */
	record Delivery(long id, String messageId, String type, String status, int attempts, Instant createdAt,
			Instant lastAttemptAt, Instant nextAttemptAt, Integer responseCode, Integer durationMs, String lastError) {
	}

	static final class EndpointNotFoundException extends NotFoundException {

		EndpointNotFoundException(long id) {
			super("No webhook endpoint #" + id);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookEndpoints(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	Created create(String url, String description, List<String> events, Actor by) {
		String cleanUrl = url == null ? "" : url.strip();
		checkUrl(cleanUrl);
		Set<WebhookEventType> types = new java.util.LinkedHashSet<>();
		for (String e : events == null ? List.<String>of() : events) {
			types.add(WebhookEventType.of(e).orElseThrow(() -> new DomainException("Unknown event '" + e + "'.")));
		}
		if (types.isEmpty()) {
			throw new DomainException("Choose at least one event to send to this endpoint.");
		}
		String cleanDescription = description == null || description.isBlank() ? null : description.strip();
		if (cleanDescription != null && cleanDescription.length() > 200) {
			throw new DomainException("Keep the description to 200 characters or fewer.");
		}
		String secret = WebhookSignature.newSecret();
		long id = jdbc.sql("""
				insert into webhook_endpoint (url, description, secret, events, created_at, created_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(cleanUrl, cleanDescription, secret,
					types.stream().map(WebhookEventType::type).collect(Collectors.joining(",")),
					ApiStories.utc(clock.instant()), by.id())
			.query(Long.class)
			.single();
		return new Created(id, secret);
	}

	static void checkUrl(String url) {
		if (url.isEmpty()) {
			throw new DomainException("Give the address that should receive the events, such as https://example.org/hooks.");
		}
		if (url.length() > URL_MAX) {
			throw new DomainException("The address is too long (at most " + URL_MAX + " characters).");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			throw new DomainException("That is not a web address: " + e.getReason() + ".");
		}
		if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
				|| uri.getHost() == null) {
			throw new DomainException("The address must start with https:// (or http://) and name a host.");
		}
		if (uri.getUserInfo() != null) {
			throw new DomainException("Put no user name or password in the address; verify the signature instead.");
		}
	}

	List<Endpoint> all() {
		return jdbc.sql("""
				select id, url, description, events, enabled, disabled_reason, disabled_at, created_at
				from webhook_endpoint order by created_at desc, id desc""")
			.query((rs, n) -> endpoint(rs))
			.list();
	}

	Endpoint get(long id) {
		return jdbc.sql("""
				select id, url, description, events, enabled, disabled_reason, disabled_at, created_at
				from webhook_endpoint where id = ?""")
			.param(id)
			.query((rs, n) -> endpoint(rs))
			.optional()
			.orElseThrow(() -> new EndpointNotFoundException(id));
	}

	/** Live endpoints that want this event. */
	List<Long> subscribers(WebhookEventType type) {
		return jdbc.sql("select id from webhook_endpoint where enabled and (',' || events || ',') like ?")
			.param("%," + type.type() + ",%")
			.query(Long.class)
			.list();
	}

	/** How many endpoints were switched off for failing, for the desk's notice. */
	long disabledForFailing() {
		return jdbc.sql("select count(*) from webhook_endpoint where not enabled and disabled_reason is not null")
			.query(Long.class)
			.single();
	}

	@Transactional
	void enable(long id) {
		get(id);
		jdbc.sql("update webhook_endpoint set enabled = true, disabled_reason = null, disabled_at = null where id = ?")
			.param(id)
			.update();
	}

	@Transactional
	void disable(long id, String reason) {
		get(id);
		jdbc.sql("update webhook_endpoint set enabled = false, disabled_reason = ?, disabled_at = ? where id = ?")
			.params(reason, ApiStories.utc(clock.instant()), id)
			.update();
	}

	@Transactional
	void delete(long id) {
		get(id);
		jdbc.sql("delete from webhook_endpoint where id = ?").param(id).update();
	}

	List<Delivery> deliveries(long endpointId, int limit) {
		return jdbc.sql("""
				select d.id, ev.message_id, ev.type, d.status, d.attempts, d.created_at, d.last_attempt_at,
				       d.next_attempt_at, d.response_code, d.duration_ms, d.last_error
				from webhook_delivery d join webhook_event ev on ev.id = d.event_id
				where d.endpoint_id = ?
				order by d.created_at desc, d.id desc
				limit ?""")
			.params(endpointId, limit)
			.query((rs, n) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), ReaderArticles.instant(rs, 6), ReaderArticles.instant(rs, 7),
					ReaderArticles.instant(rs, 8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
					rs.getString(11)))
			.list();
	}

	/** Queues a delivery again at once, whatever became of it; the receiver sees the same webhook-id. */
	@Transactional
	void sendAgain(long endpointId, long deliveryId) {
		int changed = jdbc.sql("""
				update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_until = null
				where id = ? and endpoint_id = ?""")
			.params(ApiStories.utc(clock.instant()), deliveryId, endpointId)
			.update();
		if (changed == 0) {
			throw new DomainException("That delivery does not belong to this endpoint.");
		}
	}

	private static Endpoint endpoint(java.sql.ResultSet rs) throws java.sql.SQLException {
		Set<WebhookEventType> events = new java.util.LinkedHashSet<>();
		Arrays.stream(rs.getString(4).split(",")).map(WebhookEventType::of).flatMap(Optional::stream)
			.forEach(events::add);
		return new Endpoint(rs.getLong(1), rs.getString(2), rs.getString(3), events, rs.getBoolean(5),
				rs.getString(6), ReaderArticles.instant(rs, 7), ReaderArticles.instant(rs, 8));
	}

	static List<WebhookEventType> types() {
		return new ArrayList<>(List.of(WebhookEventType.values()));
	}

}
