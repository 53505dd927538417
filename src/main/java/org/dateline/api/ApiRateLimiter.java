package org.dateline.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.dateline.shared.DatelineProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Each API key's requests a minute, counted in a token bucket kept in PostgreSQL by Bucket4j, so
 * that every instance of the app draws on the same bucket.
 * <p>
 * Writing the bucket's row on every request made every request of a busy key wait its turn on
 * that row's lock and a commit. So for a limit of {@value #DELAY_FROM} a minute or more, each
 * instance counts locally and writes what it counted to the shared row after at most
 * {@link #SYNC_EVERY} or a hundredth of the limit, whichever comes first (Bucket4j's delaying
 * optimization). Across instances a key may then get a hundredth of its limit more per instance
 * than its limit, for at most that long. A smaller limit is counted exactly, with concurrent
 * requests batched into one round trip.
 */
@Component
class ApiRateLimiter {

	/** Whether a request may go on, and if not, how many seconds until it may. */
	record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
	}

	/** From this limit a minute up, instances count locally between writes to the shared bucket. */
	static final int DELAY_FROM = 100;

	/** The longest an instance counts locally before it writes to the shared bucket. */
	static final Duration SYNC_EVERY = Duration.ofMillis(200);

	private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;

	private final int defaultLimit;

	/** One proxy a key, so that concurrent requests share its local count or batching. */
	private record Held(int perMinute, BucketProxy bucket) {
	}

	private final Map<Long, Held> proxies = new ConcurrentHashMap<>();

	@Autowired
	ApiRateLimiter(DataSource dataSource, DatelineProperties properties, Clock clock) {
		this(dataSource, properties.api().rateLimit(), clock);
	}

	ApiRateLimiter(DataSource dataSource, int defaultLimit, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("api_rate_limit")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.clientClock(new ClockTime(clock))
			.build();
		this.defaultLimit = defaultLimit;
	}

	/** How many requests a key may make past its limit on each instance, at most, before that instance writes its count. */
	static long unsynchronized(int perMinute) {
		return perMinute < DELAY_FROM ? 0 : perMinute / 100;
	}

	Decision consume(ApiKeys.Valid key) {
		int perMinute = key.rateLimit() == null ? defaultLimit : key.rateLimit();
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
		Held held = proxies.compute(key.id(), (id, old) -> old != null && old.perMinute() == perMinute ? old
				: new Held(perMinute, buckets.builder()
					.withOptimization(optimization(perMinute))
					.build(id, () -> configuration)));
		ConsumptionProbe probe = held.bucket().tryConsumeAndReturnRemaining(1);
		long retry = probe.isConsumed() ? 0
				: Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retry);
	}

	private static Optimization optimization(int perMinute) {
		long slack = unsynchronized(perMinute);
		return slack == 0 ? Optimizations.batching() : Optimizations.delaying(new DelayParameters(slack, SYNC_EVERY));
	}

	/** Bucket4j's clock from the app's, so that refills follow the injected {@link Clock}. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
