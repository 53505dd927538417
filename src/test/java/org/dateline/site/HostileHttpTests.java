package org.dateline.site;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What MockMvc never sees, because Tomcat parses it first: invalid UTF-8 as raw bytes and
 * percent-escapes, oversized request lines, form values and bodies. Sent byte for byte over a
 * socket to the real server; nothing may be a 5xx or show a stack trace.
 */
@WebServerTest
class HostileHttpTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern COOKIE = Pattern.compile("(?i)Set-Cookie: SESSION=([^;\\r\\n]+)");

	@LocalServerPort
	int port;

	record Answer(int status, String text) {
	}

	Answer send(byte[] request) throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (java.net.SocketException ex) {
				// the server may refuse and close before reading a large body; its answer is still there
			}
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) > 0;) {
					answer.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketException ex) {
				// connection reset after the answer
			}
			String text = answer.toString(StandardCharsets.ISO_8859_1);
			assertThat(text).as("an answer").startsWith("HTTP/1.1 ");
			return new Answer(Integer.parseInt(text.substring(9, 12)), text);
		}
	}

	static byte[] bytes(Object... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Object part : parts) {
			byte[] b = part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.ISO_8859_1);
			out.writeBytes(b);
		}
		return out.toByteArray();
	}

	byte[] get(Object target) {
		return bytes("GET ", target, " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
	}

	byte[] post(String path, String cookie, byte[] body) {
		return bytes("POST ", path, " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n",
				cookie == null ? "" : "Cookie: SESSION=" + cookie + "\r\n",
				"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n", body);
	}

	@Test
	void invalidUtf8AndOversizedInputNeverReachA5xx() throws Exception {
		List<String> problems = new ArrayList<>();
		List<byte[]> requests = new ArrayList<>();
		// invalid UTF-8, percent-encoded and raw
		requests.add(get("/search?q=%C3%28%FF%FE&section=%ED%A0%80"));
		requests.add(get(bytes("/search?q=", new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF })));
		requests.add(get("/articles/%C0%AF%FF"));
		requests.add(get(bytes("/articles/", new byte[] { (byte) 0xFE, (byte) 0x80 })));
		requests.add(get("/sections/news?page=%F0%28%8C%BC"));
		requests.add(get("/people/%00"));
		// an oversized request line, and a 1.5 MB value in a form
		requests.add(get("/search?q=" + "a".repeat(1_500_000)));
		Answer login = send(get("/login"));
		Matcher csrf = CSRF.matcher(login.text());
		Matcher cookie = COOKIE.matcher(login.text());
		assertThat(csrf.find() && cookie.find()).as("a sign-in form with a session").isTrue();
		String token = "&_csrf=" + csrf.group(1);
		requests.add(post("/login", cookie.group(1), bytes("username=%FF%FE%C3%28&password=%ED%A0%80", token)));
		requests.add(post("/login", cookie.group(1), bytes("username=", new byte[] { (byte) 0xFF, (byte) 0xC3 },
				"&password=x", token)));
		requests.add(post("/login", cookie.group(1), bytes("username=" + "n".repeat(1_500_000) + "&password=x", token)));
		requests.add(post("/login", cookie.group(1), bytes("username=a%00b&username=c&password=%", token)));
		// over the 12 MB limit: a 413 page, not a form emptied of its fields
		requests.add(post("/login", cookie.group(1), bytes("username=" + "x".repeat(13_000_000), token)));
		for (byte[] request : requests) {
			Answer answer = send(request);
			String summary = new String(request, 0, Math.min(request.length, 80), StandardCharsets.ISO_8859_1);
			if (answer.status() >= 500) {
				problems.add(answer.status() + " for " + summary);
			}
			if (answer.text().contains("\tat org.") || answer.text().contains("Exception:")) {
				problems.add("stack trace for " + summary);
			}
		}
		System.out.println("Hostile input over HTTP: " + requests.size() + " raw requests tried, " + problems.size()
				+ " problems");
		assertThat(problems).isEmpty();
		assertThat(send(post("/login", cookie.group(1), bytes("username=" + "x".repeat(13_000_000), token))).status())
			.isEqualTo(413);
	}

}
