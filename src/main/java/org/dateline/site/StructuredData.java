package org.dateline.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.article.ArticleViews.CorrectionView;
import org.dateline.article.PublishedArticle;
import org.dateline.coverage.StoryCoverage.LinkedSubject;
import org.dateline.coverage.SubjectPages;
import org.dateline.coverage.SubjectPages.Header;
import org.dateline.coverage.SubjectPages.Role;
import org.dateline.coverage.SubjectPages.SubjectLink;
import org.dateline.shared.Dates;
import org.dateline.shared.DatelineProperties;
import org.dateline.subject.SubjectKind;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON-LD for the story page (a schema.org {@code NewsArticle} with headline, dates, authors,
 * publisher, dateline, corrections and subjects) and for subject pages. Templates call it as {@code @structuredData}; the output is
 * safe to place inside a {@code <script>} element.
 */
@Component("structuredData")
public class StructuredData {

	private final JsonLd json;

	private final SiteUrls urls;

	private final Dates dates;

	private final DatelineProperties properties;

	StructuredData(ObjectMapper json, SiteUrls urls, Dates dates, DatelineProperties properties) {
		this.json = new JsonLd(json);
		this.urls = urls;
		this.dates = dates;
		this.properties = properties;
	}

	public String newsArticle(ArticlePage page) {
		return newsArticle(page, List.of());
	}

	/**
	 * The story's {@code NewsArticle}, with its primary subjects as {@code about} and the others as
	 * {@code mentions}, each a schema.org Person, Organization or Event pointing at its page.
	 */
	public String newsArticle(ArticlePage page, List<LinkedSubject> subjects) {
		return newsArticle(page, subjects, null);
	}

	/** The same, with the lead image (its 1200-wide rendition, as an {@code ImageObject}) when there is one. */
	public String newsArticle(ArticlePage page, List<LinkedSubject> subjects, StoryPicture lead) {
		PublishedArticle article = page.article();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("@id", urls.article(article.slug()));
		data.put("url", urls.article(article.slug()));
		data.put("mainEntityOfPage", urls.article(article.slug()));
		data.put("headline", article.headline());
		if (article.dek() != null) {
			data.put("description", article.dek());
		}
		data.put("datePublished", dates.iso(article.publishedAt()));
		data.put("dateModified", dates.iso(article.updatedAt() != null ? article.updatedAt() : article.publishedAt()));
		data.put("articleSection", article.sectionName());
		if (article.dateline() != null) {
			data.put("dateline", article.dateline());
		}
		List<Map<String, Object>> authors = new ArrayList<>();
		for (String name : page.bylines()) {
			authors.add(typed("Person", name));
		}
		if (authors.isEmpty()) {
			authors.add(organization());
		}
		data.put("author", authors);
		data.put("publisher", organization());
		if (!page.corrections().isEmpty()) {
			List<Map<String, Object>> corrections = new ArrayList<>();
			for (CorrectionView c : page.corrections()) {
				Map<String, Object> correction = new LinkedHashMap<>();
				correction.put("@type", "CorrectionComment");
				correction.put("text", c.text());
				correction.put("datePublished", dates.iso(c.createdAt()));
				corrections.add(correction);
			}
			data.put("correction", corrections);
		}
		List<Map<String, Object>> about = subjects.stream().filter(LinkedSubject::primary).map(this::thing).toList();
		List<Map<String, Object>> mentions = subjects.stream().filter(s -> !s.primary()).map(this::thing).toList();
		if (!about.isEmpty()) {
			data.put("about", about);
		}
		if (!mentions.isEmpty()) {
			data.put("mentions", mentions);
		}
		if (lead != null) {
			data.put("image", lead.imageObject(urls));
		}
		return json.write(data);
	}

	private Map<String, Object> thing(LinkedSubject subject) {
		return link(new SubjectLink(subject.kind(), subject.name(), subject.slug()));
	}

	static String schemaType(SubjectKind kind) {
		return switch (kind) {
			case PERSON -> "Person";
			case ORGANIZATION -> "Organization";
			case EVENT -> "Event";
		};
	}

	/** JSON-LD for a subject's own page: a Person, Organization or Event with what is known of it. */
	public String subject(SubjectPages.Page page) {
		Header h = page.header();
		String url = urls.subject(h.kind(), h.slug());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", schemaType(h.kind()));
		data.put("@id", url);
		data.put("url", url);
		data.put("name", h.name());
		if (!h.aliases().isEmpty()) {
			data.put("alternateName", h.aliases());
		}
		String description = h.description() != null ? h.description() : h.summary();
		if (description != null) {
			data.put("description", description);
		}
		switch (h.kind()) {
			case PERSON -> {
				if (page.currentRole() != null) {
					Role role = page.currentRole();
					if (role.title() != null) {
						data.put("jobTitle", role.title());
					}
					data.put("affiliation", link(role.other()));
				}
			}
			case ORGANIZATION -> {
				if (h.parent() != null) {
					data.put("parentOrganization", link(h.parent()));
				}
				if (h.country() != null) {
					data.put("location", typed("Place", h.country()));
				}
			}
			case EVENT -> {
				data.put("startDate", h.start().iso());
				if (h.end() != null) {
					data.put("endDate", h.end().iso());
				}
				data.put("location", typed("Place", h.place() != null ? h.place() : "Unknown"));
				switch (h.status()) {
					case SCHEDULED, UNDER_WAY, CONCLUDED -> data.put("eventStatus", "https://schema.org/EventScheduled");
					case CANCELLED, COLLAPSED -> data.put("eventStatus", "https://schema.org/EventCancelled");
				}
				List<Map<String, Object>> participants = page.participants().stream().map(p -> link(p.subject())).toList();
				if (!participants.isEmpty()) {
					data.put("attendee", participants);
				}
			}
		}
		return json.write(data);
	}

	private Map<String, Object> link(SubjectLink subject) {
		Map<String, Object> thing = new LinkedHashMap<>();
		thing.put("@type", schemaType(subject.kind()));
		thing.put("@id", urls.subject(subject.kind(), subject.slug()));
		thing.put("name", subject.name());
		thing.put("url", urls.subject(subject.kind(), subject.slug()));
		return thing;
	}

	private Map<String, Object> organization() {
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "NewsMediaOrganization");
		publisher.put("name", properties.siteName());
		publisher.put("url", urls.absolute("/"));
		return publisher;
	}

	/**
	 * {@code {"@type": type, "name": name}} in that order. ({@code Map.of} iterates in an order that
	 * differs from one JVM to the next, which gave the same page different bytes, and so different
	 * ETags, on two instances or after a restart.)
	 */
	private static Map<String, Object> typed(String type, String name) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", type);
		data.put("name", name);
		return data;
	}

}
