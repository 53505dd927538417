package org.dateline.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in desk user over plain HTTP: forms with their CSRF token, no redirects followed. */
final class DeskClient {

	static final String ADMIN_PASSWORD = "quiet test passphrase for the suite";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\"\\s+value=\"(\\d+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	DeskClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	void signIn() throws IOException, InterruptedException {
		HttpResponse<String> response = post("/login",
				Map.of("_csrf", csrf(get("/login").body()), "username", "admin", "password", ADMIN_PASSWORD));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Could not sign in: " + response.statusCode());
		}
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The value of this client's cookie of that name (the session cookie, say), if it has one. */
	String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(c -> c.getValue())
			.findFirst().orElseThrow(() -> new IllegalStateException("No cookie named " + name));
	}

	String base() {
		return base;
	}

	/** Whether the health endpoint says UP. */
	boolean healthy() {
		try {
			return get("/actuator/health").statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String csrf(String html) {
		return group(CSRF, html, "CSRF field");
	}

	static String version(String html) {
		return group(VERSION, html, "version field");
	}

	private static String group(Pattern pattern, String html, String what) {
		Matcher m = pattern.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("No " + what + " in the page");
		}
		return m.group(1);
	}

}
