package org.dateline.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** On a real server, every error a browser can meet is a friendly page in the site's layout. */
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

	@Test
	void unknownPagesAreAFriendly404() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We can’t find that page", "class=\"masthead\"");
	}

	@Test
	void aFailureShowsAnApologyAndNoInternals() throws Exception {
		HttpResponse<String> response = get("/test-support/fail");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side")
			.doesNotContain("secret internal detail", "IllegalStateException", "at org.");
	}

	@Test
	void aForgedPostIsRefusedWithAFriendlyPage() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/desk/articles"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("headline=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You don’t have access to this").doesNotContain("Exception");
	}

}
