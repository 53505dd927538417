package org.dateline.site;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.article.reader.ReaderArticles.SitemapEntry;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.dateline.coverage.SubjectListings;
import org.dateline.shared.DatelineProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For search engines: {@code /sitemap.xml} (a sitemap index of {@code /sitemap-N.xml} pages once
 * there are more stories than fit one sitemap), {@code /news-sitemap.xml} (Google News format,
 * the last 48 hours) and {@code /robots.txt}.
 */
@RestController
class SitemapController {

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final ReaderArticles articles;

	private final SiteUrls urls;

	private final DatelineProperties properties;

	private final int pageSize;

	private final Clock clock;

	private final SubjectListings subjects;

	private final ResponseKeys keys;

	@org.springframework.beans.factory.annotation.Autowired
	SitemapController(ReaderArticles articles, SiteUrls urls, DatelineProperties properties, Clock clock,
			SubjectListings subjects, ResponseKeys keys) {
		this(articles, urls, properties, properties.sitemap().pageSize(), clock, subjects, keys);
	}

	/** With another page size than the setting's, so that a test can reach an index with a few stories. */
	SitemapController(ReaderArticles articles, SiteUrls urls, DatelineProperties properties, int pageSize, Clock clock,
			SubjectListings subjects, ResponseKeys keys) {
		this.keys = keys;
		this.clock = clock;
		this.subjects = subjects;
		this.articles = articles;
		this.urls = urls;
		this.properties = properties;
		this.pageSize = pageSize;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		long count = articles.publishedCount();
		if (count + 1 <= pageSize) {
			return xml(SitemapXml.urlset(stories(articles.sitemapPage(0, pageSize)), urls.absolute("/")));
		}
		return xml(index("/sitemap-", count));
	}

	@GetMapping("/sitemap-{page}.xml")
	ResponseEntity<String> sitemapPage(@PathVariable String page) throws XMLStreamException {
		int number = SectionPageController.parsePage(page);
		List<SitemapEntry> entries = articles.sitemapPage(number - 1, pageSize);
		if (entries.isEmpty()) {
			throw new SectionPageNotFoundException("sitemap " + number);
		}
		return xml(SitemapXml.urlset(stories(entries), number == 1 ? urls.absolute("/") : null));
	}

	/**
	 * The pages of people, organizations and events that have published coverage; past the page
	 * size, an index of {@code /sitemap-subjects-N.xml} pages.
	 */
	@GetMapping("/sitemap-subjects.xml")
	ResponseEntity<String> subjectSitemap() throws XMLStreamException {
		long count = subjects.countWithCoverage();
		if (count <= pageSize) {
			return xml(SitemapXml.urlset(subjectUrls(subjects.forSitemap(0, pageSize)), null));
		}
		return xml(index("/sitemap-subjects-", count));
	}

	@GetMapping("/sitemap-subjects-{page}.xml")
	ResponseEntity<String> subjectSitemapPage(@PathVariable String page) throws XMLStreamException {
		int number = SectionPageController.parsePage(page);
		List<SubjectListings.SitemapEntry> entries = subjects.forSitemap(number - 1, pageSize);
		if (entries.isEmpty()) {
			throw new SectionPageNotFoundException("subject sitemap " + number);
		}
		return xml(SitemapXml.urlset(subjectUrls(entries), null));
	}

	private List<SitemapXml.Url> stories(List<SitemapEntry> entries) {
		return entries.stream().map(e -> new SitemapXml.Url(urls.article(e.slug()), e.lastModified())).toList();
	}

	private List<SitemapXml.Url> subjectUrls(List<SubjectListings.SitemapEntry> entries) {
		return entries.stream().map(e -> new SitemapXml.Url(urls.subject(e.kind(), e.slug()), e.lastModified())).toList();
	}

	/** A sitemap index of {@code prefix + N + ".xml"} pages, enough for {@code count} addresses. */
	private String index(String prefix, long count) throws XMLStreamException {
		int pages = (int) ((count + pageSize - 1) / pageSize);
		List<String> locations = new ArrayList<>();
		for (int page = 1; page <= pages; page++) {
			locations.add(urls.absolute(prefix + page + ".xml"));
		}
		return SitemapXml.index(locations);
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<String> newsSitemap() throws XMLStreamException {
		List<SitemapEntry> recent = articles.publishedSince(clock.instant().minus(Duration.ofHours(48)), 1000);
		List<SitemapXml.NewsItem> items = recent.stream()
			.map(e -> new SitemapXml.NewsItem(urls.article(e.slug()), e.publishedAt(), e.headline()))
			.toList();
		return xml(SitemapXml.news(items, properties.siteName()));
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots() {
		return """
				User-agent: *
				Disallow: /desk
				Disallow: /login
				Allow: /

				Sitemap: %s
				Sitemap: %s
				Sitemap: %s
				""".formatted(urls.absolute("/sitemap.xml"), urls.absolute("/news-sitemap.xml"),
				urls.absolute("/sitemap-subjects.xml"));
	}

	private ResponseEntity<String> xml(String body) {
		keys.add(CacheKeys.SITEMAP);
		return ResponseEntity.ok().contentType(XML).body(body);
	}

}
