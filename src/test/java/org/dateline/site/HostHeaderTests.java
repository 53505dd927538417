package org.dateline.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forged {@code Host} or {@code X-Forwarded-Host} never reaches an absolute URL: not in the answer
 * to the forger, and not in the cached copy the next reader gets.
 */
@WebServerTest
class HostHeaderTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleService articles;

	@Autowired
	ApplicationContext context;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void forwardedHostHeadersNeverPoisonAbsoluteUrls() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		Article story = new TestArticles(articles, editor.toActor()).story("Ferry timetable changes for winter")
			.body("<p>Fewer crossings.</p>").byline("Harbour Desk").publish();

		for (String path : List.of("/feed.atom", "/robots.txt", "/sitemap.xml", "/news-sitemap.xml",
				"/articles/" + story.getSlug(), "/")) {
			HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Port", "443")
				.header("Forwarded", "host=evil.example;proto=https")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(forged.statusCode()).as(path).isEqualTo(200);
			assertThat(forged.body()).as(path).doesNotContain("evil.example").contains("http://localhost/");

			HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(next.body()).as("the next reader of " + path).doesNotContain("evil.example")
				.contains("http://localhost/");
		}
	}

	@Test
	void thePublicUrlIsCheckedAndTidied() {
		assertThat(SiteUrls.base(null, 8080)).isEqualTo("http://localhost:8080");
		assertThat(SiteUrls.base(" ", 80)).isEqualTo("http://localhost");
		assertThat(SiteUrls.base("https://news.example/", 8080)).isEqualTo("https://news.example");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> SiteUrls.base("news.example", 8080))
			.hasMessageContaining("DATELINE_PUBLIC_URL");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> SiteUrls.base("javascript:alert(1)", 8080))
			.hasMessageContaining("DATELINE_PUBLIC_URL");
	}

}
