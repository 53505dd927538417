package org.dateline.site;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.article.reader.ReaderArticles.SitemapEntry;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.dateline.coverage.SubjectListings;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.PlainText;
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

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

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
			return xml(urlset(stories(articles.sitemapPage(0, pageSize)), true));
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
		return xml(urlset(stories(entries), number == 1));
	}

	/**
	 * The pages of people, organizations and events that have published coverage; past the page
	 * size, an index of {@code /sitemap-subjects-N.xml} pages.
	 */
	@GetMapping("/sitemap-subjects.xml")
	ResponseEntity<String> subjectSitemap() throws XMLStreamException {
		long count = subjects.countWithCoverage();
		if (count <= pageSize) {
			return xml(urlset(subjectUrls(subjects.forSitemap(0, pageSize)), false));
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
		return xml(urlset(subjectUrls(entries), false));
	}

	/** A page in a sitemap: its address and when it last changed. */
	private record Url(String loc, Instant lastModified) {
	}

	private List<Url> stories(List<SitemapEntry> entries) {
		return entries.stream().map(e -> new Url(urls.article(e.slug()), e.lastModified())).toList();
	}

	private List<Url> subjectUrls(List<SubjectListings.SitemapEntry> entries) {
		return entries.stream().map(e -> new Url(urls.subject(e.kind(), e.slug()), e.lastModified())).toList();
	}

	/** A sitemap index of {@code prefix + N + ".xml"} pages, enough for {@code count} addresses. */
	private String index(String prefix, long count) throws XMLStreamException {
		int pages = (int) ((count + pageSize - 1) / pageSize);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = start(out);
		xml.writeStartElement("sitemapindex");
		xml.writeDefaultNamespace(SITEMAP_NS);
		for (int page = 1; page <= pages; page++) {
			xml.writeStartElement("sitemap");
			element(xml, "loc", urls.absolute(prefix + page + ".xml"));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return out.toString();
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<String> newsSitemap() throws XMLStreamException {
		List<SitemapEntry> recent = articles.publishedSince(clock.instant().minus(Duration.ofHours(48)), 1000);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = start(out);
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NS);
		xml.writeNamespace("news", NEWS_NS);
		for (SitemapEntry entry : recent) {
			xml.writeStartElement("url");
			element(xml, "loc", urls.article(entry.slug()));
			xml.writeStartElement(NEWS_NS, "news");
			xml.writeStartElement(NEWS_NS, "publication");
			xml.writeStartElement(NEWS_NS, "name");
			xml.writeCharacters(PlainText.clean(properties.siteName()));
			xml.writeEndElement();
			xml.writeStartElement(NEWS_NS, "language");
			xml.writeCharacters("en");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement(NEWS_NS, "publication_date");
			xml.writeCharacters(w3c(entry.publishedAt()));
			xml.writeEndElement();
			xml.writeStartElement(NEWS_NS, "title");
			xml.writeCharacters(PlainText.clean(entry.headline()));
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return xml(out.toString());
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

	private String urlset(List<Url> entries, boolean withHome) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = start(out);
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NS);
		if (withHome) {
			xml.writeStartElement("url");
			element(xml, "loc", urls.absolute("/"));
			element(xml, "changefreq", "hourly");
			xml.writeEndElement();
		}
		for (Url entry : entries) {
			xml.writeStartElement("url");
			element(xml, "loc", entry.loc());
			element(xml, "lastmod", w3c(entry.lastModified()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return out.toString();
	}

	private static XMLStreamWriter start(StringWriter out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(SITEMAP_NS);
		return xml;
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(SITEMAP_NS, name);
		xml.writeCharacters(PlainText.clean(text));
		xml.writeEndElement();
	}

	private static String w3c(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private ResponseEntity<String> xml(String body) {
		keys.add(CacheKeys.SITEMAP);
		return ResponseEntity.ok().contentType(XML).body(body);
	}

}
