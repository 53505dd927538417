package org.dateline.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongPassphraseIsAccepted() {
		assertThat(policy.problemWith("tram ticket violet river", "rita")).isEmpty();
	}

	@Test
	void shortPasswordsAreRefused() {
		assertThat(policy.problemWith("Sh0rt!pass", "rita")).hasValueSatisfying(m -> assertThat(m).contains("at least 12"));
	}

	@Test
	void commonPasswordsAreRefusedEvenWithDigitsAppended() {
		assertThat(policy.problemWith("password1234", "rita")).hasValueSatisfying(m -> assertThat(m).contains("attackers"));
		assertThat(policy.problemWith("Qwertyuiopas", "rita")).isPresent();
		assertThat(policy.problemWith("iloveyou2026", "rita")).isPresent();
		assertThat(policy.problemWith("correcthorsebatterystaple", "rita")).isPresent();
	}

	@Test
	void thePasswordMustNotContainTheUsername() {
		assertThat(policy.problemWith("my name is rita-k and more", "rita-k"))
			.hasValue("The password must not contain the username.");
	}

	@Test
	void repeatsAndKeyboardRunsAreRefused() {
		assertThat(policy.problemWith("aaaaaaaaaaaaaaaa", "rita")).isPresent();
		assertThat(policy.problemWith("abababababab", "rita")).isPresent();
		assertThat(policy.problemWith("234567890123", "rita")).isPresent();
	}

	@Test
	void overlongPasswordsAreRefused() {
		assertThat(policy.problemWith("word ".repeat(30), "rita")).hasValue("Use at most 128 characters.");
	}

}
