package org.dateline.cache;

/**
 * The names of cache keys. A response is tagged with the keys of everything it shows; a change
 * readers can see invalidates the keys it touches (the database triggers of
 * {@code V30__create_cache_invalidation.sql} write the same names). See {@code docs/caching.md}.
 */
public final class CacheKeys {

	/** The front page's own list (top stories, latest, the section blocks). */
	public static final String FRONT = "front";

	/** Which stories the site's feed holds. */
	public static final String FEED = "feed";

	/** Every sitemap (stories, subjects, news). */
	public static final String SITEMAP = "sitemap";

	/** Search results: any change to a live story may change them. */
	public static final String SEARCH = "search";

	/** The sections every page's navigation names. */
	public static final String SECTIONS = "sections";

	private CacheKeys() {
	}

	/** A story: its page, and every list, timeline, feed or coverage box showing it. */
	public static String story(long id) {
		return "story:" + id;
	}

	/** A person, organization or event: its page and feed, and every story page linking to it. */
	public static String subject(long id) {
		return "subject:" + id;
	}

	/** A section's own record (name, slug), shown on its pages and its stories' pages. */
	public static String section(long id) {
		return "section:" + id;
	}

	/** Which stories a section lists (its pages and feed). */
	public static String sectionStories(long id) {
		return "section:" + id + ":stories";
	}

}
