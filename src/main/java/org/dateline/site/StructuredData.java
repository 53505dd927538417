package org.dateline.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.article.ArticleViews.CorrectionView;
import org.dateline.article.PublishedArticle;
import org.dateline.shared.Dates;
import org.dateline.shared.DatelineProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON-LD for the story page: a schema.org {@code NewsArticle} with headline, dates, authors,
 * publisher, dateline and corrections. Templates call it as {@code @structuredData}; the output is
 * safe to place inside a {@code <script>} element.
 */
@Component("structuredData")
public class StructuredData {

	private final ObjectMapper json;

	private final SiteUrls urls;

	private final Dates dates;

	private final DatelineProperties properties;

	StructuredData(ObjectMapper json, SiteUrls urls, Dates dates, DatelineProperties properties) {
		this.json = json;
		this.urls = urls;
		this.dates = dates;
		this.properties = properties;
	}

	public String newsArticle(ArticlePage page) {
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
			authors.add(Map.of("@type", "Person", "name", name));
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
		return safe(json.writeValueAsString(data));
	}

	private Map<String, Object> organization() {
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "NewsMediaOrganization");
		publisher.put("name", properties.siteName());
		publisher.put("url", urls.absolute("/"));
		return publisher;
	}

	/** Keeps a {@code </script>} inside a string from closing the element. */
	static String safe(String jsonText) {
		return jsonText.replace("</", "<\\/").replace("<!--", "\\u003c!--");
	}

}
