package org.dateline.site;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.dateline.article.reader.ReaderArticles;
import org.dateline.article.reader.ReaderArticles.FeedItem;
import org.dateline.article.reader.ReaderArticles.SectionRef;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.PlainText;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Atom 1.0 feeds of the newest stories, for the whole site and for each section, built with Rome. */
@RestController
class FeedController {

	static final int ENTRIES = 30;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ReaderArticles articles;

	private final SiteUrls urls;

	private final DatelineProperties properties;

	private final SitePictures pictures;

	private final ResponseKeys keys;

	FeedController(ReaderArticles articles, SiteUrls urls, DatelineProperties properties, SitePictures pictures,
			ResponseKeys keys) {
		this.articles = articles;
		this.urls = urls;
		this.properties = properties;
		this.pictures = pictures;
		this.keys = keys;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> siteFeed() throws FeedException {
		keys.add(CacheKeys.FEED);
		return atom(feed(properties.siteName(), "/", "/feed.atom", articles.forFeed(null, ENTRIES)));
	}

	@GetMapping("/sections/{slug}/feed.atom")
	ResponseEntity<String> sectionFeed(@PathVariable String slug) throws FeedException {
		SectionRef section = articles.section(slug).orElseThrow(() -> new SectionPageNotFoundException("'" + slug + "'"));
		keys.add(CacheKeys.section(section.id()), CacheKeys.sectionStories(section.id()));
		return atom(feed(section.name() + " · " + properties.siteName(), "/sections/" + slug,
				"/sections/" + slug + "/feed.atom", articles.forFeed(slug, ENTRIES)));
	}

	/** A feed of {@code items} as an Atom response, for the subject feeds. */
	ResponseEntity<String> render(String title, String pagePath, String selfPath, List<FeedItem> items)
			throws FeedException {
		return atom(feed(title, pagePath, selfPath, items));
	}

	private Feed feed(String title, String pagePath, String selfPath, List<FeedItem> items) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(urls.absolute(selfPath));
		feed.setTitle(clean(title));
		feed.setAlternateLinks(List.of(link("alternate", urls.absolute(pagePath), "text/html")));
		feed.setOtherLinks(List.of(link("self", urls.absolute(selfPath), "application/atom+xml")));
		feed.setUpdated(items.isEmpty() ? new Date(0)
				: Date.from(items.stream().map(FeedItem::updatedAt).max(java.util.Comparator.naturalOrder()).orElseThrow()));
		Person publisher = new Person();
		publisher.setName(clean(properties.siteName()));
		feed.setAuthors(List.of(publisher));
		List<Entry> entries = new ArrayList<>();
		java.util.Map<Long, StoryPicture> leads = pictures.leadsOf(items.stream().map(FeedItem::id).toList());
		for (FeedItem item : items) {
			keys.add(CacheKeys.story(item.id()));
			entries.add(entry(item, leads.get(item.id())));
		}
		feed.setEntries(entries);
		return feed;
	}

	private Entry entry(FeedItem item, StoryPicture lead) {
		Entry entry = new Entry();
		String url = urls.article(item.slug());
		entry.setId(url);
		entry.setTitle(clean(item.headline()));
		entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
		String leadHtml = "";
		if (lead != null) {
			String image = urls.absolute(lead.cardPath());
			entry.setOtherLinks(List.of(link("enclosure", image, "image/jpeg")));
			leadHtml = "<figure><img src=\"" + image + "\" alt=\"" + org.jsoup.nodes.Entities.escape(lead.alt())
					+ "\" width=\"" + lead.card().width() + "\" height=\"" + lead.card().height() + "\">"
					+ (lead.caption() == null ? "" : "<figcaption>" + org.jsoup.nodes.Entities.escape(lead.caption())
							+ "</figcaption>")
					+ "</figure>";
		}
		entry.setPublished(Date.from(item.publishedAt()));
		entry.setUpdated(Date.from(item.updatedAt()));
		List<SyndPerson> authors = new ArrayList<>();
		for (String name : item.bylines()) {
			Person person = new Person();
			person.setName(clean(name));
			authors.add(person);
		}
		entry.setAuthors(authors);
		if (item.dek() != null) {
			Content summary = new Content();
			summary.setType("text");
			summary.setValue(clean(item.dek()));
			entry.setSummary(summary);
		}
		Content content = new Content();
		content.setType("html");
		content.setValue(clean(leadHtml + item.bodyHtml()));
		entry.setContents(List.of(content));
		com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
		category.setTerm(clean(item.sectionName()));
		entry.setCategories(List.of(category));
		return entry;
	}

	/** Stories saved before input was cleaned may hold characters XML forbids; a feed must still parse. */
	private static String clean(String text) {
		return PlainText.clean(text);
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static ResponseEntity<String> atom(Feed feed) throws FeedException {
		return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
	}

}
