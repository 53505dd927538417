package org.dateline.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.dateline.shared.DatelineProperties;
import org.springframework.stereotype.Component;

/**
 * Each API key's requests a minute, counted in a token bucket kept in PostgreSQL by Bucket4j, so
 * that every instance of the app draws on the same bucket. Concurrent requests for one key are
 * batched into one database round trip, which keeps a busy key from queueing on its row lock.
 */
@Component
class ApiRateLimiter {

	/** Whether a request may go on, and if not, how many seconds until it may. */
	record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
	}

	private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;

	private final int defaultLimit;

	/** One proxy a key, so that concurrent requests share its batching. */
	private record Held(int perMinute, BucketProxy bucket) {
	}

	private final Map<Long, Held> proxies = new ConcurrentHashMap<>();

	ApiRateLimiter(DataSource dataSource, DatelineProperties properties) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("api_rate_limit")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.defaultLimit = properties.api().rateLimit();
	}

	Decision consume(ApiKeys.Valid key) {
		int perMinute = key.rateLimit() == null ? defaultLimit : key.rateLimit();
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
		Held held = proxies.compute(key.id(), (id, old) -> old != null && old.perMinute() == perMinute ? old
				: new Held(perMinute, buckets.builder()
					.withOptimization(Optimizations.batching())
					.build(id, () -> configuration)));
		ConsumptionProbe probe = held.bucket().tryConsumeAndReturnRemaining(1);
		long retry = probe.isConsumed() ? 0
				: Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retry);
	}

}
