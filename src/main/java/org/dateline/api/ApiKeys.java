package org.dateline.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: a random 256-bit token shown once when the key is made; only its SHA-256 is stored,
 * so a copy of the database gives nobody a working key. A key is checked with one indexed lookup,
 * whose answer (a live key, or none) this instance then reuses for {@link #REMEMBER}: a key
 * revoked here stops working at once, a key revoked on another instance within that time. Its
 * last-used time is written at most once a minute.
 */
@Service
class ApiKeys {

	static final String TOKEN_PREFIX = "dk_";

	static final int NAME_MAX = 100;

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	/** How long this instance reuses a lookup, so how long a key revoked on another instance may still work here. */
	static final Duration REMEMBER = Duration.ofSeconds(5);

	/** Lookups this instance remembers at most (unknown tokens included, so guessing cannot grow it). */
	static final int REMEMBERED = 10_000;

	/** A key as the desk lists it. */
	record Listed(long id, String name, String prefix, Integer rateLimit, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean revoked() {
			return revokedAt != null;
		}

	}

	/** A key that a request presented, with its own rate limit if it has one. */
	record Valid(long id, String name, Integer rateLimit, Instant lastUsedAt) {
	}

	/** A new key and its token, which is never shown again. */
	record Created(long id, String token) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	/** By the token's hash: the live key it was, or empty for an unknown or revoked one. */
	private final Cache<String, Optional<Valid>> lookups;

	/** When this instance last wrote each key's last-used time. */
	private final ConcurrentMap<Long, Instant> touched = new ConcurrentHashMap<>();

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lookups = Caffeine.newBuilder()
			.maximumSize(REMEMBERED)
			.expireAfterWrite(REMEMBER)
			.ticker(() -> {
				Instant now = clock.instant();
				return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
			})
			.build();
	}

	@Transactional
	Created create(String name, String rateLimit, Actor by) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty()) {
			throw new DomainException("Name the key after the client that will use it, such as \"Mobile app\".");
		}
		if (cleanName.length() > NAME_MAX) {
			throw new DomainException("Keep the key's name to " + NAME_MAX + " characters or fewer.");
		}
		Integer limit = null;
		if (rateLimit != null && !rateLimit.isBlank()) {
			try {
				limit = Integer.parseInt(rateLimit.strip());
			}
			catch (NumberFormatException e) {
				limit = -1;
			}
			if (limit < 1 || limit > 1_000_000) {
				throw new DomainException("The rate limit is a number of requests a minute, from 1 to 1,000,000; "
						+ "leave it empty for the default.");
			}
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = jdbc.sql("""
				insert into api_key (name, token_hash, token_prefix, rate_limit, created_at, created_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(cleanName, hash(token), token.substring(0, 10), limit, ApiStories.utc(clock.instant()), by.id())
			.query(Long.class)
			.single();
		return new Created(id, token);
	}

	@Transactional
	void revoke(long id) {
		int changed = jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
			.params(ApiStories.utc(clock.instant()), id)
			.update();
		if (changed == 0) {
			throw new DomainException("That key does not exist or was already revoked.");
		}
		lookups.asMap().values().removeIf(key -> key.isPresent() && key.get().id() == id);
	}

	List<Listed> all() {
		return jdbc.sql("""
				select id, name, token_prefix, rate_limit, created_at, last_used_at, revoked_at
				from api_key order by revoked_at is not null, created_at desc, id desc""")
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
					(Integer) rs.getObject(4), ReaderArticles.instant(rs, 5), ReaderArticles.instant(rs, 6),
					ReaderArticles.instant(rs, 7)))
			.list();
	}

	/** The live key with this token, noting its use (at most one write a minute per key). */
	Optional<Valid> authenticate(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Valid> key = lookups.get(hash(token), hash -> jdbc.sql("""
				select id, name, rate_limit, last_used_at from api_key
				where token_hash = ? and revoked_at is null""")
			.param(hash)
			.query((rs, n) -> new Valid(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
					ReaderArticles.instant(rs, 4)))
			.optional());
		key.ifPresent(this::touch);
		return key;
	}

	private void touch(Valid key) {
		Instant now = clock.instant();
		Instant last = touched.getOrDefault(key.id(), key.lastUsedAt());
		if (last != null && last.isAfter(now.minus(TOUCH_EVERY))) {
			return;
		}
		touched.put(key.id(), now);
		// Conditional, so instances racing on the same key write once.
		jdbc.sql("update api_key set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
			.params(ApiStories.utc(now), key.id(), ApiStories.utc(now.minus(TOUCH_EVERY)))
			.update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
