package org.dateline.account;

import org.dateline.shared.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account whose access just changed (disabled, role changed, password
 * reset), on every app instance, since the sessions live in PostgreSQL. The person signs in again
 * and gets what their account now allows.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(String username) {
		endSessionsOf(username, null);
	}

	/** Ends every session of {@code username} except {@code keepSessionId} (may be null). */
	void endSessionsOf(String username, String keepSessionId) {
		var found = new java.util.HashMap<>(sessions.findByPrincipalName(username));
		found.remove(keepSessionId);
		found.keySet().forEach(sessions::deleteById);
		if (!found.isEmpty()) {
			log.info("Ended {} session(s) of '{}'", found.size(), LogText.safe(username));
		}
	}

}
