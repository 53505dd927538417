package org.dateline.account;

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
		var found = sessions.findByPrincipalName(username);
		found.keySet().forEach(sessions::deleteById);
		if (!found.isEmpty()) {
			log.info("Ended {} session(s) of '{}'", found.size(), username);
		}
	}

}
