package org.dateline.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * What a reader page is kept under in the page cache: its path and only the query parameters the
 * page reads, so {@code ?x=1} neither misses nor adds an entry; and whether a request carries a
 * desk session, which keeps it out of the cache.
 */
final class ReaderPageKeys {

	private static final List<String> SEARCH_PARAMETERS = List.of("q", "section", "from", "to", "subject", "page");

	private static final List<String> PAGED = List.of("page");

	private ReaderPageKeys() {
	}

	/** The query parameters the page at {@code path} reads; any other parameter changes nothing. */
	static List<String> parametersOf(String path) {
		if (path.equals("/search")) {
			return SEARCH_PARAMETERS;
		}
		if (path.endsWith(".atom")) {
			return List.of();
		}
		if (path.startsWith("/sections/") || path.startsWith("/people/") || path.startsWith("/organizations/")
				|| path.startsWith("/events/")) {
			return PAGED;
		}
		return List.of();
	}

	/** What a page is kept under: its path and the values of the parameters it reads, in a fixed order. */
	static String cacheKey(HttpServletRequest request) {
		String path = request.getRequestURI();
		StringBuilder key = new StringBuilder(path);
		for (String name : parametersOf(path)) {
			String[] values = request.getParameterValues(name);
			if (values != null) {
				key.append(key.length() == path.length() ? '?' : '&').append(name).append('=');
				key.append(String.join("\u0000", values));
			}
		}
		return key.toString();
	}

	/** A desk session: the page is built for a signed-in editor, so it is neither served from nor kept in the cache. */
	static boolean hasSession(HttpServletRequest request) {
		String cookie = request.getHeader(HttpHeaders.COOKIE);
		return cookie != null && (cookie.contains("SESSION=") || cookie.contains("JSESSIONID="));
	}

}
