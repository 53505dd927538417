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
 * instance takes a hundredth of the limit from the shared bucket in one write and hands those
 * tokens out itself, one a request, before it takes more. Every token handed out was taken from
 * the shared bucket, so a key never gets more than its limit across instances; an instance may
 * hold up to a hundredth of it unused for a while. A smaller limit is counted exactly, with
 * concurrent requests batched into one round trip.
 */
@Component
class ApiRateLimiter {

	/** Whether a request may go on, and if not, how many seconds until it may. */
	record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
	}

	/** From this limit a minute up, instances count locally between writes to the shared bucket. */
	static final int DELAY_FROM = 100;

	private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;

	private final int defaultLimit;

	/** One proxy a key, with the tokens this instance has taken from the shared bucket and not handed out yet. */
	private static final class Held {

		final int perMinute;

		final BucketProxy bucket;

		final long chunk;

		/** Guarded by this. */
		long reserved;

		/** Guarded by this: the shared bucket's tokens at the last write, plus those reserved here. */
		long remaining;

		Held(int perMinute, BucketProxy bucket) {
			this.perMinute = perMinute;
			this.bucket = bucket;
			this.chunk = unsynchronized(perMinute);
		}

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

	/** How many tokens an instance takes from the shared bucket at a time (0: one a request, batched). */
	static long unsynchronized(int perMinute) {
		return perMinute < DELAY_FROM ? 0 : perMinute / 100;
	}

	Decision consume(ApiKeys.Valid key) {
		int perMinute = key.rateLimit() == null ? defaultLimit : key.rateLimit();
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
		Held held = proxies.compute(key.id(), (id, old) -> old != null && old.perMinute == perMinute ? old
				: new Held(perMinute, unsynchronized(perMinute) == 0
						? buckets.builder().withOptimization(Optimizations.batching()).build(id, () -> configuration)
						: buckets.builder().build(id, () -> configuration)));
		if (held.chunk == 0) {
			ConsumptionProbe probe = held.bucket.tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? new Decision(true, probe.getRemainingTokens(), 0)
					: refused(probe.getRemainingTokens(), probe.getNanosToWaitForRefill());
		}
		synchronized (held) {
			if (held.reserved == 0) {
				ConsumptionProbe probe = held.bucket.tryConsumeAndReturnRemaining(held.chunk);
				long taken = probe.isConsumed() ? held.chunk : held.bucket.tryConsumeAsMuchAsPossible(held.chunk);
				if (taken == 0) {
					held.remaining = 0;
					return refused(0, held.bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
				}
				held.reserved = taken;
				held.remaining = (probe.isConsumed() ? probe.getRemainingTokens() : 0) + taken;
			}
			held.reserved--;
			held.remaining = Math.max(0, held.remaining - 1);
			return new Decision(true, held.remaining, 0);
		}
	}

	private static Decision refused(long remaining, long nanosToWait) {
		return new Decision(false, remaining, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + 999_999_999L)));
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
