package org.dateline.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address. */
public class SignInThrottledException extends AuthenticationException {

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins. Try again in " + Math.max(1, (wait.getSeconds() + 59) / 60) + " minute"
				+ ((wait.getSeconds() + 59) / 60 > 1 ? "s" : "") + ".");
	}

}
