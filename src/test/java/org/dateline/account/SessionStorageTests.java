package org.dateline.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.shared.Role;
import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real server: the session lives in PostgreSQL (so another instance can serve the next
 * request), its id changes at sign-in, and behind an HTTPS proxy its cookie is Secure, HttpOnly
 * and SameSite=Lax.
 */
@WebServerTest
class SessionStorageTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSignedInSessionIsStoredInPostgresWithAFreshIdAndSafeCookies() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);

		HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String before = sessionCookie(loginPage.headers().allValues("Set-Cookie"));
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", "SESSION=" + before)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-Proto", "https")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + editor.getUsername() + "&password="
					+ TestAccounts.PASSWORD.replace(" ", "+") + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));

		String cookieHeader = signedIn.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookieHeader).contains("Secure", "HttpOnly", "SameSite=Lax");
		String after = sessionCookie(List.of(cookieHeader));
		assertThat(after).as("session id changes at sign-in").isNotEqualTo(before);

		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				editor.getUsername())).isEqualTo(1);

		HttpResponse<String> desk = http.send(HttpRequest.newBuilder(uri("/desk")).header("Cookie", "SESSION=" + after)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(desk.statusCode()).isEqualTo(200);
		assertThat(desk.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));

		// Disabling the account ends its stored sessions at once.
		context.getBean(AccountService.class).setEnabled(editor.id(), false, null);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				editor.getUsername())).isZero();
		HttpResponse<String> afterDisable = http.send(HttpRequest.newBuilder(uri("/desk"))
			.header("Cookie", "SESSION=" + after).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(afterDisable.statusCode()).isEqualTo(302);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(List<String> setCookies) {
		return setCookies.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + setCookies));
	}

}
