package org.dateline.site;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat, as a browser sees them: the stylesheet and the desk's editor script come from
 * versioned URLs kept for a year, with their right types, a 304 when the browser already has them,
 * and a gzipped form for a browser that accepts one.
 */
@WebServerTest
class StaticFilesOnTomcatTests {

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"");

	static final String YEAR = "public, max-age=31536000, immutable";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theVersionedStylesheetIsKeptForAYearAndRevalidatedWithA304() throws Exception {
		String url = stylesheet();
		HttpResponse<byte[]> css = get(url, null, null);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
		assertThat(css.headers().allValues("Cache-Control")).containsExactly(YEAR);
		assertThat(css.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(css.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(new String(css.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("{");
		String etag = css.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> again = get(url, etag, null);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().allValues("Cache-Control")).containsExactly(YEAR);

		HttpResponse<byte[]> changed = get(url, "\"an-older-version\"", null);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo(css.body());
	}

	@Test
	void aBrowserThatAcceptsGzipGetsTheSameStylesheetCompressed() throws Exception {
		String url = stylesheet();
		byte[] plain = get(url, null, null).body();

		HttpResponse<byte[]> zipped = get(url, null, "gzip, deflate, br");
		assertThat(zipped.statusCode()).isEqualTo(200);
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(zipped.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
		assertThat(zipped.body().length).isLessThan(plain.length);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain);
		}
		String etag = zipped.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isNotEqualTo(get(url, null, null).headers().firstValue("ETag").orElseThrow());
		assertThat(get(url, etag, "gzip").statusCode()).isEqualTo(304);

		HttpResponse<byte[]> refused = get(url, null, "gzip;q=0, identity");
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).isEqualTo(plain);
	}

	@Test
	void theEditorScriptUnderItsWebjarVersionIsKeptForAYear() throws Exception {
		String version = new org.webjars.WebJarVersionLocator().version("quill");
		HttpResponse<byte[]> script = get("/webjars/quill/" + version + "/dist/quill.min.js", null, null);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
		assertThat(script.headers().allValues("Cache-Control")).containsExactly(YEAR);
		String etag = script.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/webjars/quill/" + version + "/dist/quill.min.js", etag, null).statusCode()).isEqualTo(304);

		// a version the build does not ship is no file
		assertThat(get("/webjars/quill/0.0.1/dist/quill.min.js", null, null).statusCode()).isEqualTo(404);
	}

	private String stylesheet() throws Exception {
		String front = new String(get("/", null, null).body(), java.nio.charset.StandardCharsets.UTF_8);
		Matcher link = STYLESHEET.matcher(front);
		assertThat(link.find()).as("the front page links a versioned site.css").isTrue();
		return link.group(1);
	}

	private HttpResponse<byte[]> get(String path, String ifNoneMatch, String acceptEncoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
