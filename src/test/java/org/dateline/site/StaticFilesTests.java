package org.dateline.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Stylesheets come from content-versioned URLs that browsers and proxies may keep for a year. */
@IntegrationTest
class StaticFilesTests {

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkVersionedStylesheetsThatAreCachedForAYear() throws Exception {
		String front = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher link = STYLESHEET.matcher(front);
		assertThat(link.find()).as("the front page links a versioned site.css").isTrue();

		MockHttpServletResponse css = mvc.perform(get(link.group(1))).andReturn().getResponse();
		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getContentType()).startsWith("text/css");
		assertThat(css.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(css.getHeaders("Cache-Control")).doesNotContain("no-store");

		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).as("the desk links a versioned desk.css").containsPattern("/css/desk-[0-9a-f]{32}\\.css");
	}

}
