package org.dateline.site;

import java.util.List;

import org.dateline.article.reader.ArticleTeaser;
import org.dateline.cache.CacheKeys;

/** The cache keys of the stories a page lists. */
final class SiteKeys {

	private SiteKeys() {
	}

	static List<String> stories(List<ArticleTeaser> stories) {
		return stories == null ? List.of() : stories.stream().map(story -> CacheKeys.story(story.id())).toList();
	}

}
