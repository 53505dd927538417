package org.dateline.api;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.dateline.account.TestAccounts;
import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.dateline.support.Eventually;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys and rate limits as two app instances on one database see them: each instance here is its
 * own {@link ApiKeys} and {@link ApiRateLimiter} over the shared PostgreSQL, with a clock the test
 * moves. A key revoked on one instance stops working there at once and on the other within
 * {@link ApiKeys#REMEMBER}; a key's limit holds for the two instances together.
 */
@IntegrationTest
class ApiKeysAcrossInstancesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	SettableClock clock;

	Actor admin;

	@BeforeEach
	void setUp() {
		clock = new SettableClock(Instant.parse("2026-12-02T05:00:00Z"));
		admin = new TestAccounts(context).create(Role.ADMIN).toActor();
	}

	@Test
	void aKeyRevokedOnOneInstanceStopsWorkingThereAtOnceAndOnTheOtherWithinFiveSeconds() {
		ApiKeys a = new ApiKeys(jdbc, clock);
		ApiKeys b = new ApiKeys(jdbc, clock);
		ApiKeys.Created key = a.create("Revoked across instances", null, admin);
		assertThat(a.authenticate(key.token())).isPresent();
		assertThat(b.authenticate(key.token())).isPresent();

		a.revoke(key.id());
		assertThat(a.authenticate(key.token())).as("on the instance that revoked it").isEmpty();
		clock.advance(ApiKeys.REMEMBER.minusMillis(1));
		assertThat(b.authenticate(key.token())).as("the other instance, before its lookup is stale").isPresent();
		clock.advance(Duration.ofMillis(1));
		assertThat(b.authenticate(key.token())).as("the other instance, " + ApiKeys.REMEMBER + " after").isEmpty();
		assertThat(new ApiKeys(jdbc, clock).authenticate(key.token())).as("a fresh instance").isEmpty();
	}

	@Test
	void anUnknownTokenStaysRefusedAndALookupIsReusedOnlyForItsOwnToken() {
		ApiKeys a = new ApiKeys(jdbc, clock);
		ApiKeys.Created one = a.create("First of two", null, admin);
		ApiKeys.Created two = a.create("Second of two", null, admin);
		assertThat(a.authenticate(one.token()).orElseThrow().id()).isEqualTo(one.id());
		assertThat(a.authenticate(two.token()).orElseThrow().id()).isEqualTo(two.id());
		assertThat(a.authenticate(one.token() + "x")).isEmpty();
		assertThat(a.authenticate(one.token() + "x")).isEmpty();
	}

	@Test
	void anExactLimitHoldsForTwoInstancesTogether() {
		assertThat(ApiRateLimiter.unsynchronized(5)).isZero();
		assertThat(alternate(5, 20)).isEqualTo(5);
	}

	@Test
	void aLargeLimitIsHandedOutLocallyInHundredthsAndStillHoldsExactlyAcrossInstances() {
		assertThat(ApiRateLimiter.unsynchronized(600)).isEqualTo(6);
		alternate(600, 900);
	}

	/** Sends {@code requests} requests, alternately to two instances, and counts those let through. */
	long alternate(int limit, int requests) {
		ApiKeys keys = new ApiKeys(jdbc, clock);
		ApiKeys.Created created = keys.create("Limit " + limit + " across instances", Integer.toString(limit), admin);
		ApiKeys.Valid key = keys.authenticate(created.token()).orElseThrow();
		ApiRateLimiter a = new ApiRateLimiter(dataSource, 600, clock);
		ApiRateLimiter b = new ApiRateLimiter(dataSource, 600, clock);
		long allowed = 0;
		for (int i = 0; i < requests; i++) {
			ApiRateLimiter.Decision decision = (i % 2 == 0 ? a : b).consume(key);
			if (decision.allowed()) {
				allowed++;
			}
			else {
				assertThat(decision.retryAfterSeconds()).isBetween(1L, 60L);
			}
		}
		// every request let through spent a token taken from the shared bucket, on either instance
		assertThat(allowed).as("let through of %d with a limit of %d", requests, limit).isEqualTo(limit);
		// a minute later the bucket has filled again, for both
		clock.advance(Duration.ofMinutes(1));
		Eventually.await("A letting requests through again", Duration.ofSeconds(10), () -> a.consume(key).allowed());
		Eventually.await("B letting requests through again", Duration.ofSeconds(10), () -> b.consume(key).allowed());
		return allowed;
	}

}
