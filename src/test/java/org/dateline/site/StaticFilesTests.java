package org.dateline.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Stylesheets and scripts come from content-versioned URLs that browsers and proxies may keep for a
 * year, answered from memory before the security chain, with the security headers every page has.
 */
@IntegrationTest
class StaticFilesTests {

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/site-([0-9a-f]{32})\\.css)\"");

	@Autowired
	MockMvc mvc;

	private String versionedStylesheet() throws Exception {
		String front = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher link = STYLESHEET.matcher(front);
		assertThat(link.find()).as("the front page links a versioned site.css").isTrue();
		return link.group(1);
	}

	@Test
	void pagesLinkVersionedStylesheetsThatAreCachedForAYear() throws Exception {
		MockHttpServletResponse css = mvc.perform(get(versionedStylesheet())).andReturn().getResponse();
		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getContentType()).startsWith("text/css");
		assertThat(css.getContentAsString()).contains("{");
		assertThat(css.getHeaders("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
		assertThat(css.getHeader("ETag")).matches("\"[0-9a-f]{32}\"");
		assertThat(css.getContentLength()).isEqualTo(css.getContentAsByteArray().length);

		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).as("the desk links a versioned desk.css").containsPattern("/css/desk-[0-9a-f]{32}\\.css");
	}

	@Test
	void staticFilesCarryTheSecurityHeadersOfEveryPage() throws Exception {
		MockHttpServletResponse css = mvc.perform(get(versionedStylesheet())).andReturn().getResponse();
		assertThat(css.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(css.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(css.getHeader("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
		assertThat(css.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(css.getHeader("Set-Cookie")).isNull();

		MockHttpServletResponse secure = mvc.perform(get(versionedStylesheet()).secure(true)).andReturn().getResponse();
		assertThat(secure.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
	}

	@Test
	void aMatchingETagGetsANotModifiedWithoutTheBody() throws Exception {
		String url = versionedStylesheet();
		String etag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");

		MockHttpServletResponse again = mvc.perform(get(url).header("If-None-Match", etag)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(again.getHeader("ETag")).isEqualTo(etag);
		assertThat(again.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

		MockHttpServletResponse other = mvc.perform(get(url).header("If-None-Match", "\"something-else\""))
			.andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(200);

		MockHttpServletResponse headOnly = mvc.perform(head(url)).andReturn().getResponse();
		assertThat(headOnly.getStatus()).isEqualTo(200);
		assertThat(headOnly.getContentAsByteArray()).isEmpty();
	}

	@Test
	void thePlainUrlIsServedButRevalidatedOnEveryUse() throws Exception {
		String versioned = versionedStylesheet();
		MockHttpServletResponse plain = mvc.perform(get("/css/site.css")).andReturn().getResponse();
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(plain.getContentAsString()).isEqualTo(mvc.perform(get(versioned)).andReturn().getResponse()
			.getContentAsString());
		assertThat(plain.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		String etag = plain.getHeader("ETag");
		assertThat(mvc.perform(get("/css/site.css").header("If-None-Match", etag)).andReturn().getResponse().getStatus())
			.isEqualTo(304);
	}

	@Test
	void unknownFilesAndWrongVersionsAre404s() throws Exception {
		assertThat(mvc.perform(get("/css/no-such-file.css")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/css/site-0123456789abcdef0123456789abcdef.css")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/js/../application.yaml")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
		assertThat(mvc.perform(get("/application.yaml")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/css/no-such-file.css")).andReturn().getResponse().getHeader("Cache-Control"))
			.doesNotContain("immutable");
	}

	@Test
	void aStaticFileNeedsNoSessionAndNoDatabase() throws Exception {
		String url = versionedStylesheet();
		SqlStatements.record();
		MockHttpServletResponse css = mvc.perform(get(url).header("Cookie", "SESSION=bm90LWEtc2Vzc2lvbg"))
			.andReturn().getResponse();
		assertThat(SqlStatements.stop()).as("SQL run for a static file with a session cookie").isEmpty();
		assertThat(css.getStatus()).isEqualTo(200);
	}

	@Test
	void aPostToAStaticFileStillMeetsTheSecurityChain() throws Exception {
		// not answered from memory: the security chain refuses a POST without a CSRF token
		assertThat(mvc.perform(post(versionedStylesheet())).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

}
