package org.dateline.site;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dateline.shared.PlainText;

/**
 * Writes the documents {@link SitemapController} answers with: a sitemap index, a sitemap
 * ({@code urlset}) and a Google News sitemap. Every text is cleaned of characters XML cannot hold.
 */
final class SitemapXml {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	/** A page in a sitemap: its address and when it last changed. */
	record Url(String loc, Instant lastModified) {
	}

	/** A story in the news sitemap. */
	record NewsItem(String loc, Instant publishedAt, String headline) {
	}

	private SitemapXml() {
	}

	/** A sitemap index of the sitemaps at {@code locations}. */
	static String index(List<String> locations) throws XMLStreamException {
		return document("sitemapindex", xml -> {
			for (String location : locations) {
				xml.writeStartElement("sitemap");
				element(xml, "loc", location);
				xml.writeEndElement();
			}
		});
	}

	/**
	 * A sitemap of {@code entries}, led by the front page at {@code home} (changing hourly) unless
	 * that is null.
	 */
	static String urlset(List<Url> entries, String home) throws XMLStreamException {
		return document("urlset", xml -> {
			if (home != null) {
				xml.writeStartElement("url");
				element(xml, "loc", home);
				element(xml, "changefreq", "hourly");
				xml.writeEndElement();
			}
			for (Url entry : entries) {
				xml.writeStartElement("url");
				element(xml, "loc", entry.loc());
				element(xml, "lastmod", w3c(entry.lastModified()));
				xml.writeEndElement();
			}
		});
	}

	/** A Google News sitemap of {@code items}, each published by {@code siteName} in English. */
	static String news(List<NewsItem> items, String siteName) throws XMLStreamException {
		return document("urlset", xml -> {
			xml.writeNamespace("news", NEWS_NS);
			for (NewsItem item : items) {
				xml.writeStartElement("url");
				element(xml, "loc", item.loc());
				xml.writeStartElement(NEWS_NS, "news");
				xml.writeStartElement(NEWS_NS, "publication");
				news(xml, "name", siteName);
				news(xml, "language", "en");
				xml.writeEndElement();
				news(xml, "publication_date", w3c(item.publishedAt()));
				news(xml, "title", item.headline());
				xml.writeEndElement();
				xml.writeEndElement();
			}
		});
	}

	/** What goes inside a document's root element. */
	@FunctionalInterface
	private interface Content {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	/** A UTF-8 document whose root {@code root}, in the sitemap namespace, holds {@code content}. */
	private static String document(String root, Content content) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(SITEMAP_NS);
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(SITEMAP_NS);
		content.write(xml);
		xml.writeEndElement();
		xml.writeEndDocument();
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(SITEMAP_NS, name);
		xml.writeCharacters(PlainText.clean(text));
		xml.writeEndElement();
	}

	private static void news(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NEWS_NS, name);
		xml.writeCharacters(PlainText.clean(text));
		xml.writeEndElement();
	}

	private static String w3c(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
