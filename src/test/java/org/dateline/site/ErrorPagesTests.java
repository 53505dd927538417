package org.dateline.site;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real server (Tomcat's error dispatch included), every error a browser can meet is a
 * complete page in the site's layout: the masthead and navigation, a heading that says what
 * happened for that status, a way on, and never a stack trace or an exception's message.
 */
@WebServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postForm(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The page a reader sees: checks the layout and the absence of internals, returns the heading. */
	static String completePage(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("header.masthead")).as("the site's masthead").isNotEmpty();
		assertThat(page.select("main#main.error-page a[href]")).as("a way on from the error").isNotEmpty();
		assertThat(response.body()).doesNotContain("secret internal detail", "Exception", "\tat org.", "Whitelabel");
		return page.select("main h1").text() + " | " + page.title();
	}

	@Test
	void unknownPagesAreAFriendly404() throws Exception {
		assertThat(completePage(get("/no/such/page"), 404)).contains("We can’t find that page", "Page not found");
	}

	@Test
	void aFailureShowsAnApologyAndNoInternals() throws Exception {
		HttpResponse<String> response = get("/test-support/fail");
		assertThat(completePage(response, 500)).contains("Something went wrong on our side");
		assertThat(response.body()).contains("The problem has been logged.");
	}

	@Test
	void anUnavailableBackEndSaysToTryAgainRatherThanThatSomethingBroke() throws Exception {
		HttpResponse<String> response = get("/test-support/unavailable");
		assertThat(completePage(response, 503)).contains("We’re briefly unavailable", "Briefly unavailable")
			.doesNotContain("Something went wrong");
		assertThat(response.body()).contains("Please try again in a minute.");
	}

	@Test
	void aForgedPostIsRefusedWithAFriendlyPage() throws Exception {
		assertThat(completePage(postForm("/desk/articles", "headline=x"), 403)).contains("You don’t have access to this");
	}

	@Test
	void aPostOverTheSizeLimitSaysItWasTooLarge() throws Exception {
		// the size is refused from the announced length, before a byte of the body is read, as a
		// browser posting a huge form meets it; a raw socket sends the headers alone
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 13000000\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413");
			Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n")));
			assertThat(page.select("header.masthead")).isNotEmpty();
			assertThat(page.select("main h1").text()).isEqualTo("That was too large");
			assertThat(answer).contains("over the size limit").doesNotContain("malformed", "Exception", "\tat org.");
		}
	}

}
