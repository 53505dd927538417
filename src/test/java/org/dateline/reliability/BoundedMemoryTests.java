package org.dateline.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.dateline.article.ArticleService;
import org.dateline.cache.PageCache;
import org.dateline.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short form of the suite's bounded-memory scenario ({@code --scenario memory}): query strings
 * no one sent before, on reader pages, add nothing to the page cache (it keys on the parameters a
 * page reads) and leave no session behind, so a crawler or an attacker varying them cannot grow
 * either.
 */
@WebServerTest
class BoundedMemoryTests {

	@LocalServerPort
	int port;

	@Autowired
	PageCache cache;

	@Autowired
	ArticleService articles;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void randomQueryStringsOnReaderPagesGrowNeitherThePageCacheNorTheSessions() throws Exception {
		List<String> pages = List.of("/", "/feed.atom", "/sitemap.xml", "/robots.txt",
				"/sections/" + articles.sections().get(0).getSlug());
		for (String page : pages) {
			assertThat(get(page)).as(page).isEqualTo(200);
		}
		long cached = cache.size();
		long sessions = sessions();

		Random random = new Random(20261202L);
		int sent = 0;
		for (int i = 0; i < 300; i++) {
			String page = pages.get(i % pages.size());
			String query = "utm_" + Long.toHexString(random.nextLong()) + "=" + Long.toHexString(random.nextLong()) + "&x"
					+ i + "=" + "y".repeat(random.nextInt(2_000));
			assertThat(get(page + "?" + query)).as(page).isEqualTo(200);
			sent++;
		}

		assertThat(sent).isEqualTo(300);
		assertThat(cache.size()).as("cached pages after 300 distinct query strings on 5 pages")
			.isLessThanOrEqualTo(cached + pages.size());
		assertThat(sessions()).as("sessions made by anonymous readers").isLessThanOrEqualTo(sessions);
	}

	private int get(String path) throws Exception {
		return anonymous.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(120))
			.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private long sessions() {
		return jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

}
