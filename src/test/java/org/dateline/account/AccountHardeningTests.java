package org.dateline.account;

import jakarta.servlet.http.Cookie;

import org.dateline.shared.LogText;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Sign-in and account holes found by review: throttle bypass, password change, log injection. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountHardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ApplicationContext context;

	MvcResult signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(SignInTests.from(SignInTests.newAddress()))).andReturn();
	}

	@Test
	void unicodeSpacesAndInvisibleCharactersDoNotEscapeTheThrottle() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		String name = editor.getUsername();
		String[] disguises = { name + "\u3000", "\u200B" + name, name.toUpperCase() + "\u00A0", name + "\u2060",
				toFullWidth(name) };
		for (int i = 0; i < 5; i++) {
			signIn(disguises[i], "wrong guess " + i);
		}
		MvcResult right = signIn(name + "\u3000", TestAccounts.PASSWORD);
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(auditLog.search(name, "SIGN_IN_FAILED", null, null, PageRequest.of(0, 10))).hasSize(5);
		assertThat(auditLog.search(name, "SIGN_IN_THROTTLED", null, null, PageRequest.of(0, 10))).hasSize(1);
	}

	static String toFullWidth(String ascii) {
		StringBuilder out = new StringBuilder();
		ascii.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
		return out.toString();
	}

	@Test
	void aPasswordChangeEndsTheOtherSessionsAndWrongGuessesAreThrottledAndAudited() throws Exception {
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER);
		Cookie here = SignInTests.session(signIn(reporter.getUsername(), TestAccounts.PASSWORD));
		Cookie elsewhere = SignInTests.session(signIn(reporter.getUsername(), TestAccounts.PASSWORD));
		assertThat(mvc.perform(get("/desk").cookie(elsewhere)).andReturn().getResponse().getStatus()).isEqualTo(200);

		mvc.perform(post("/desk/account/password").cookie(here).with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "lantern orchard pebble")
			.param("confirmPassword", "lantern orchard pebble"));
		assertThat(mvc.perform(get("/desk").cookie(here)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/desk").cookie(elsewhere)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login");

		for (int i = 0; i < 5; i++) {
			String page = mvc.perform(post("/desk/account/password").cookie(here).with(csrf())
				.param("currentPassword", "guess number " + i)
				.param("newPassword", "meadow copper violin")
				.param("confirmPassword", "meadow copper violin")).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("The current password is not right.");
		}
		String refused = mvc.perform(post("/desk/account/password").cookie(here).with(csrf())
			.param("currentPassword", "lantern orchard pebble")
			.param("newPassword", "meadow copper violin")
			.param("confirmPassword", "meadow copper violin")).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("too many times");
		assertThat(auditLog.search(reporter.getUsername(), "PASSWORD_CHANGE_FAILED", null, null, PageRequest.of(0, 10)))
			.hasSize(5);
		assertThat(auditLog.search(reporter.getUsername(), "PASSWORD_CHANGE_THROTTLED", null, null,
				PageRequest.of(0, 10))).hasSize(1);
	}

	@Test
	void usernamesWithLineBreaksCannotForgeLogLines(CapturedOutput output) throws Exception {
		String forged = "nobody\r\n2026-12-01T00:00:00.000Z  INFO 1 --- [dateline] FORGED-LINE admin signed in";
		for (int i = 0; i < 6; i++) {
			signIn(forged, "wrong");
		}
		assertThat(output.getAll()).doesNotContain("\nFORGED-LINE").doesNotContain("\n2026-12-01T00:00:00.000Z  INFO 1");
		assertThat(LogText.safe("a\r\nb\u0000c")).isEqualTo("a\\r\\nb\\u0000c");
		String longName = "x".repeat(300);
		assertThat(signIn(longName, "wrong").getResponse().getStatus()).isEqualTo(302);
	}

}
