package org.dateline.account;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many failed sign-ins for this account or from this address. An account-status exception,
 * so that no other authentication provider gets to try the password after it.
 */
public class SignInThrottledException extends AccountStatusException {

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins. Try again in " + Math.max(1, (wait.getSeconds() + 59) / 60) + " minute"
				+ ((wait.getSeconds() + 59) / 60 > 1 ? "s" : "") + ".");
	}

}
