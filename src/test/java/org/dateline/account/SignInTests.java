package org.dateline.account;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in: one message for every failure, throttling, forced password change. */
@IntegrationTest
class SignInTests {

	/** Each test signs in from its own documentation-range address, so throttles do not leak between tests. */
	static final AtomicInteger ADDRESS = new AtomicInteger(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ApplicationContext context;

	static RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	static String newAddress() {
		return "198.51.100." + ADDRESS.incrementAndGet();
	}

	MvcResult signIn(String username, String password, String ip) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(ip))).andReturn();
	}

	/** The session cookie Spring Session set: the session itself lives in PostgreSQL. */
	static Cookie session(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("SESSION cookie").isNotNull();
		return cookie;
	}

	String loginPageAfter(MvcResult result) throws Exception {
		return mvc.perform(get("/login?error").cookie(session(result))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aGoodSignInLandsOnTheDeskAndIsAudited() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		MvcResult result = signIn(editor.getUsername(), TestAccounts.PASSWORD, newAddress());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/desk");
		assertThat(auditLog.search(editor.getUsername(), "SIGN_IN", null, null, PageRequest.of(0, 5))).hasSize(1);
		assertThat(new TestAccounts(context).reload(editor).toString()).contains(editor.getUsername());
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameMessage() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		String wrongPassword = loginPageAfter(signIn(editor.getUsername(), "not the password at all", newAddress()));
		String unknownUser = loginPageAfter(signIn("nobody-by-this-name", "not the password at all", newAddress()));
		assertThat(wrongPassword).contains("That username and password do not match an account.");
		assertThat(unknownUser).contains("That username and password do not match an account.");
		assertThat(auditLog.search(editor.getUsername(), "SIGN_IN_FAILED", null, null, PageRequest.of(0, 5))).hasSize(1);
	}

	@Test
	void afterFiveFailuresTheAccountIsLockedEvenForTheRightPassword() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			signIn(editor.getUsername(), "wrong guess number " + i, newAddress());
		}
		MvcResult result = signIn(editor.getUsername(), TestAccounts.PASSWORD, newAddress());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(loginPageAfter(result)).contains("Too many failed sign-ins. Try again in 15 minutes.");
		assertThat(auditLog.search(editor.getUsername(), "SIGN_IN_THROTTLED", null, null, PageRequest.of(0, 5)))
			.hasSize(1);
	}

	@Test
	void afterFiveFailuresFromOneAddressThatAddressIsRefused() throws Exception {
		String ip = newAddress();
		for (int i = 0; i < 5; i++) {
			signIn("guess-" + i, "wrong guess", ip);
		}
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		assertThat(signIn(editor.getUsername(), TestAccounts.PASSWORD, ip).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(signIn(editor.getUsername(), TestAccounts.PASSWORD, newAddress()).getResponse().getRedirectedUrl())
			.isEqualTo("/desk");
	}

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER, true);
		MvcResult login = signIn(reporter.getUsername(), TestAccounts.PASSWORD, newAddress());
		Cookie session = session(login);

		mvc.perform(get("/desk").cookie(session)).andExpect(redirectedUrl("/desk/account/password"));
		mvc.perform(get("/desk/articles/new").cookie(session)).andExpect(redirectedUrl("/desk/account/password"));
		mvc.perform(get("/desk/account/password").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("one-time password")));

		mvc.perform(post("/desk/account/password").cookie(session).with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "harbour kettle bicycle")
			.param("confirmPassword", "harbour kettle bicycle"))
			.andExpect(redirectedUrl("/desk"));
		mvc.perform(get("/desk").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void mismatchedNewPasswordsAreAFieldError() throws Exception {
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER, true);
		Cookie session = session(signIn(reporter.getUsername(), TestAccounts.PASSWORD, newAddress()));
		mvc.perform(post("/desk/account/password").cookie(session).with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "harbour kettle bicycle")
			.param("confirmPassword", "harbour kettle tricycle"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two new passwords differ.")));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		Cookie session = session(signIn(editor.getUsername(), TestAccounts.PASSWORD, newAddress()));
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		mvc.perform(get("/desk").cookie(session)).andExpect(redirectedUrl("/login"));
	}

}
