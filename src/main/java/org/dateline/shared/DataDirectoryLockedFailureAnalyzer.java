package org.dateline.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into one clear line instead of a stack trace. */
class DataDirectoryLockedFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLockedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLockedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other Dateline, or give this one its own data with DATELINE_EMBEDDED_DATABASE_DATA_DIRECTORY.",
				cause);
	}

}
