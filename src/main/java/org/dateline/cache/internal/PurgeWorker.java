package org.dateline.cache.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.shared.DatelineProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the invalidated keys to the caching proxies ({@code dateline.cache.purge-urls}) as purges
 * by key: {@code PURGE} with an {@code xkey-purge} header naming up to {@value #BATCH} keys, as
 * the Varnish configuration in {@code docs/varnish/dateline.vcl} expects. {@code cache_invalidation}
 * is the outbox: its rows are written in the changes' own transactions, and a row is marked purged
 * only once every proxy answered 2xx, so a proxy that is down loses nothing; the batch is sent
 * again later, the wait doubling from {@code dateline.cache.purge-retry} up to a minute. Every
 * instance runs a worker; {@code FOR UPDATE SKIP LOCKED} gives each row to one of them.
 * <p>
 * Each key is purged twice, the second time {@code dateline.cache.purge-again-after} later: a proxy
 * that refetched the page in the moment between the first purge and the instance it asked hearing
 * of the change would otherwise keep the old page until it expires.
 */
@Component
public class PurgeWorker extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(PurgeWorker.class);

	static final int BATCH = 100;

	static final Duration RETENTION = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final List<URI> proxies;

	private final Duration retry;

	private final Duration again;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Counter sent;

	private final Counter failures;

	private long lastPrune;

	PurgeWorker(JdbcClient jdbc, TransactionTemplate transactions, DatelineProperties properties,
			InvalidationFeed feed, ObjectProvider<MeterRegistry> registry) {
		super("cache-purges");
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.proxies = List.copyOf(properties.cache().purgeUrls());
		this.retry = properties.cache().purgeRetry();
		this.again = properties.cache().purgeAgainAfter();
		MeterRegistry meters = registry.getIfAvailable();
		this.sent = meters == null ? null : Counter.builder("dateline.cache.purges").description("purge requests answered 2xx").register(meters);
		this.failures = meters == null ? null : Counter.builder("dateline.cache.purge.failures").description("purge requests that failed").register(meters);
		if (meters != null) {
			Gauge.builder("dateline.cache.purge.queue", this, PurgeWorker::queueLength)
				.description("invalidated keys not yet purged from every proxy")
				.register(meters);
		}
		feed.onNewKeys(this::wake);
	}

	/** Keys waiting to be purged (0 when no proxy is configured). */
	public long queueLength() {
		if (proxies.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from cache_invalidation where purged_at is null").query(Long.class).single();
	}

	/** Sends one batch when proxies are configured, and prunes old rows once a minute. */
	@Override
	boolean step() {
		int purged = proxies.isEmpty() ? 0 : purgeBatch();
		if (System.currentTimeMillis() - lastPrune > 60_000) {
			prune();
			lastPrune = System.currentTimeMillis();
		}
		return purged > 0;
	}

	@Override
	long idleMillis() {
		return 250;
	}

	@Override
	long failureMillis() {
		return 250;
	}

	@Override
	String failureMessage() {
		return "Cache purge worker failed";
	}

	private record Row(long id, String key) {
	}

	/** Sends one batch of due keys; returns how many rows it settled. */
	int purgeBatch() {
		Integer settled = transactions.execute(status -> {
			List<Row> rows = jdbc.sql("""
					select id, key from cache_invalidation
					where purged_at is null and (next_purge_at is null or next_purge_at <= now())
					order by id limit ? for update skip locked""")
				.param(BATCH)
				.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
				.list();
			if (rows.isEmpty()) {
				return 0;
			}
			Set<String> keys = new LinkedHashSet<>();
			rows.forEach(r -> keys.add(r.key()));
			Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
			String failure = send(keys);
			if (failure == null) {
				jdbc.sql("""
						update cache_invalidation set
						    purged_at = case when first_purged_at is not null or cast(:again as bigint) = 0 then now() end,
						    next_purge_at = case when first_purged_at is null then now() + cast(:again as bigint) * interval '1 millisecond' end,
						    first_purged_at = coalesce(first_purged_at, now())
						where id = any(:ids)""")
					.param("again", again.toMillis())
					.param("ids", ids)
					.update();
				return rows.size();
			}
			log.warn("Purging {} key(s) failed ({}); trying again later", keys.size(), failure);
			jdbc.sql("""
					update cache_invalidation set
					    purge_attempts = purge_attempts + 1,
					    next_purge_at = now() + least(60000, cast(:retry as bigint) * power(2, least(purge_attempts, 16))::bigint)
					                          * interval '1 millisecond'
					where id = any(:ids)""")
				.param("retry", retry.toMillis())
				.param("ids", ids)
				.update();
			return 0;
		});
		return settled == null ? 0 : settled;
	}

	/** Purges {@code keys} from every proxy; null when all answered 2xx, else what went wrong. */
	private String send(Set<String> keys) {
		String header = String.join(" ", keys);
		for (URI proxy : proxies) {
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(proxy)
					.method("PURGE", HttpRequest.BodyPublishers.noBody())
					.header("xkey-purge", header)
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() / 100 != 2) {
					count(failures);
					return proxy + " answered " + response.statusCode();
				}
				count(sent);
			}
			catch (IOException ex) {
				count(failures);
				return proxy + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "interrupted";
			}
		}
		return null;
	}

	private static void count(Counter counter) {
		if (counter != null) {
			counter.increment();
		}
	}

	/** Drops rows every instance has long since read and (with proxies) every proxy was sent. */
	void prune() {
		jdbc.sql("delete from cache_invalidation where created_at < now() - cast(:age as bigint) * interval '1 millisecond'"
				+ " and (purged_at is not null or :noProxy)")
			.param("age", RETENTION.toMillis())
			.param("noProxy", proxies.isEmpty())
			.update();
	}

}
