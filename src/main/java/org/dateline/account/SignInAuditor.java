package org.dateline.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes every sign-in, good or bad, to the audit log, and stamps the account's last sign-in. */
@Component
class SignInAuditor {

	private final AuditLog auditLog;

	private final AppUserRepository users;

	private final Clock clock;

	SignInAuditor(AuditLog auditLog, AppUserRepository users, Clock clock) {
		this.auditLog = auditLog;
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof DeskUser user)) {
			return;
		}
		users.findById(user.id()).ifPresent(u -> u.signedIn(clock.instant()));
		auditLog.record(user.getUsername(), "SIGN_IN", "user:" + user.id(), null, ip(event.getAuthentication().getDetails()));
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String reason = event.getException() instanceof SignInThrottledException ? "throttled"
				: event.getException().getClass().getSimpleName();
		auditLog.record(Usernames.normalize(event.getAuthentication().getName()),
				event.getException() instanceof SignInThrottledException ? "SIGN_IN_THROTTLED" : "SIGN_IN_FAILED",
				null, reason, ip(event.getAuthentication().getDetails()));
	}

	private static String ip(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : AuditLog.currentClientIp();
	}

}
