package org.dateline.account;

import org.dateline.shared.LogText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.dateline.shared.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who did what. Domain events that are {@link AuditableEvent}s are
 * written in the same transaction as the change they describe, so a move that rolls back leaves
 * no line, and a line never lacks its move.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void on(AuditableEvent event) {
		record(event.actor(), event.action(), event.target(), event.detail(), currentClientIp());
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String target, String detail, String clientIp) {
		// the columns' lengths: a 60-character name at sign-in, or a long note, must not be a 500
		actor = cut(actor, 50);
		target = cut(target, 200);
		detail = cut(detail, 1000);
		clientIp = cut(clientIp, 64);
		events.save(new AuditEvent(clock.instant(), actor, action, target, detail, clientIp));
		log.info("audit: {} {} {}{}", actor == null ? "(system)" : LogText.safe(actor), action,
				target == null ? "" : LogText.safe(target), detail == null ? "" : " (" + LogText.safe(detail) + ")");
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> search(String actor, String action, Instant from, Instant until, Pageable pageable) {
		return events.search(blankToNull(actor), blankToNull(action), from, until, pageable);
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return events.actions();
	}

	static String currentClientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
