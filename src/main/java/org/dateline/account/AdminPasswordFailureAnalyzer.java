package org.dateline.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A rejected {@code DATELINE_ADMIN_PASSWORD}: one message with the rule it broke, no stack trace. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRejectedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRejectedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set DATELINE_ADMIN_PASSWORD to at least " + PasswordPolicy.MIN_LENGTH
						+ " characters, not a common password and without \"admin\"; or unset it to get a generated one.",
				cause);
	}

}
