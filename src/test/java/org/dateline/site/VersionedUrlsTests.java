package org.dateline.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.account.TestAccounts;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages link the stylesheet by its content-versioned address, and building a page looks up only
 * links that can have one: a story's or a section's link is written as it is, and remembers
 * nothing, however many stories are built.
 */
@IntegrationTest
class VersionedUrlsTests {

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	VersionedUrls urls;

	@Test
	void storyPagesLinkTheVersionedStylesheetAndRememberNoStoryLinks() throws Exception {
		TestArticles stories = new TestArticles(context, new TestAccounts(context).create(Role.EDITOR).toActor());
		String first = page("/articles/" + stories.published("A first story").getSlug());
		int remembered = urls.remembered();
		for (int i = 0; i < 5; i++) {
			String html = page("/articles/" + stories.published("Another story " + i).getSlug());
			assertThat(stylesheet(html)).isEqualTo(stylesheet(first));
			assertThat(html).contains("href=\"/sections/");
		}
		assertThat(urls.remembered()).as("no story or section link is kept").isEqualTo(remembered);
		assertThat(mvc.perform(get(stylesheet(first))).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void onlyTheStaticFoldersAreVersionedAndQueriesAndFragmentsAreKept() {
		String css = urls.encode("", "/css/site.css");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(urls.encode("", "/css/site.css?v=1#top")).isEqualTo(css + "?v=1#top");
		assertThat(urls.encode("", "/articles/site.css")).isEqualTo("/articles/site.css");
		assertThat(urls.encode("", "/css/no-such-file.css")).isEqualTo("/css/no-such-file.css");
		assertThat(urls.encode("/news", "/news/css/site.css")).isEqualTo("/news" + css);
		assertThat(urls.encode("", "https://example.org/css/site.css")).isEqualTo("https://example.org/css/site.css");
	}

	@Test
	void springsOwnUrlEncodingFilterDoesNotRunBehindIt() {
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.as("Spring's filter would look every link of every page up again")
			.allSatisfy(registration -> assertThat(registration.isEnabled()).isFalse());
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path).header(HttpHeaders.COOKIE, "JSESSIONID=not-a-desk-session"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private static String stylesheet(String html) {
		Matcher m = STYLESHEET.matcher(html);
		assertThat(m.find()).as("a versioned site.css").isTrue();
		return m.group(1);
	}

}
