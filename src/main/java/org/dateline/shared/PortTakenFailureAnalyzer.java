package org.dateline.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/**
 * The HTTP port is taken (often by a Dateline already running): one clear message naming both
 * fixes, ahead of Spring Boot's generic one.
 */
class PortTakenFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		int port = cause.getPort();
		return new FailureAnalysis("Port " + port + " is already in use by another program (perhaps a Dateline already running).",
				"Stop that program (`ss -ltnp 'sport = :" + port + "'` names it), or start Dateline on another port with PORT="
						+ (port == 65535 ? 8080 : port + 1) + ".",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
