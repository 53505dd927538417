package org.dateline.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A leftover PostgreSQL that would not stop: say which process to end. */
class OrphanedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<OrphanedPostgresException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, OrphanedPostgresException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"End that process (kill " + cause.pid() + ", as the user that started it), then start Dateline again.", cause);
	}

}
