package org.dateline.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rejected DATELINE_ADMIN_PASSWORD stops the start with the rule it broke and the fix. */
class AdminPasswordFailureAnalyzerTests {

	@Test
	void aShortAdminPasswordIsExplainedWithTheFix() {
		var failure = new IllegalStateException("Failed to execute ApplicationRunner",
				new AdminPasswordRejectedException("Use at least 12 characters."));
		var analysis = new AdminPasswordFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo("DATELINE_ADMIN_PASSWORD is not accepted: Use at least 12 characters.");
		assertThat(analysis.getAction()).contains("at least 12 characters").contains("unset it");
	}

}
