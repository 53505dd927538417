package org.dateline.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** No embedded PostgreSQL for this machine: name the way out instead of printing a stack trace. */
class UnsupportedPlatformFailureAnalyzer extends AbstractFailureAnalyzer<UnsupportedPlatformException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedPlatformException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Run Dateline on Linux x86-64, or point it at a PostgreSQL 14+ server with SPRING_DATASOURCE_URL"
						+ " (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).",
				cause);
	}

}
