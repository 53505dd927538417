package org.dateline.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and ChromeDriver are installed. Elsewhere they are
 * skipped with one loud line naming the install command; with {@code CI=true} a missing browser
 * fails the build instead, so CI can never pass by skipping them.
 */
public class RequiresChromium implements ExecutionCondition {

	private static final AtomicBoolean WARNED = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Chromium.available()) {
			return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.browser().orElseThrow());
		}
		String message = "BROWSER TESTS SKIPPED: no Chromium/ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver "
				+ "(or CHROME_BIN and CHROMEDRIVER). Install them with: " + Chromium.INSTALL_HINT;
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true and " + message);
		}
		if (WARNED.compareAndSet(false, true)) {
			System.err.println("\n*** " + message + " ***\n");
		}
		return ConditionEvaluationResult.disabled(message);
	}

}
