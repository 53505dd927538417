package org.dateline.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in attempts for an account, or from a client address, that has failed
 * {@code maxFailures} times within the lockout window. It counts the failures in the audit log,
 * so every app instance on the database sees the same count, and a success on the account resets
 * its count.
 */
@Component
class LoginThrottle {

	private final AuditEventRepository events;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(AuditEventRepository events, SecurityProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** How long the caller must wait before trying again, or empty when they may try now. */
	@Transactional(readOnly = true)
	Optional<Duration> waitBefore(String username, String clientIp) {
		Instant now = clock.instant();
		Instant since = now.minus(properties.lockout());
		PageRequest limit = PageRequest.of(0, properties.maxFailures());
		Optional<Duration> wait = Optional.empty();
		String name = Usernames.normalize(username);
		if (!name.isEmpty()) {
			Instant lastSuccess = events.lastSuccess(name);
			Instant accountSince = lastSuccess != null && lastSuccess.isAfter(since) ? lastSuccess : since;
			wait = longer(wait, lockedFor(events.failuresForAccount(name, accountSince, limit), now));
		}
		if (clientIp != null) {
			wait = longer(wait, lockedFor(events.failuresFromAddress(clientIp, since, limit), now));
		}
		return wait;
	}

	/** How long before the user may try their current password again on the change form, if at all. */
	@Transactional(readOnly = true)
	Optional<Duration> passwordCheckWait(String username) {
		Instant now = clock.instant();
		return lockedFor(events.recentOfAccount("PASSWORD_CHANGE_FAILED", Usernames.normalize(username),
				now.minus(properties.lockout()), PageRequest.of(0, properties.maxFailures())), now);
	}

	private Optional<Duration> lockedFor(List<Instant> recentFailures, Instant now) {
		if (recentFailures.size() < properties.maxFailures()) {
			return Optional.empty();
		}
		Instant until = recentFailures.get(0).plus(properties.lockout());
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
		if (a.isEmpty()) {
			return b;
		}
		if (b.isEmpty()) {
			return a;
		}
		return a.get().compareTo(b.get()) >= 0 ? a : b;
	}

}
