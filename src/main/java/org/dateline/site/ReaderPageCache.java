package org.dateline.site;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.article.ReaderArticles;
import org.dateline.article.ReaderArticles.SiteVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching and an in-memory page cache for the reader site.
 * <ul>
 * <li>Every reader page and feed gets {@code Cache-Control: public, max-age=60,
 * stale-while-revalidate=600}, and an {@code ETag} and {@code Last-Modified} from the site
 * version, which database triggers move on every change readers could see. A conditional request
 * whose validators match gets a 304 without the page being built.</li>
 * <li>A page built for one reader is kept, keyed by its address <em>and the site version</em>, and
 * served to the next reader for up to {@value #MAX_AGE_MILLIS} ms. Publishing, unpublishing,
 * editing or correcting a story moves the version in the same transaction, so no reader on any
 * instance is served a page from before the change, and nothing needs invalidating.</li>
 * <li>Only complete 200 responses without cookies are kept. Search results are not, since every
 * query differs. A 404 is never cached (see {@code NotFoundHandler}).</li>
 * </ul>
 */
class ReaderPageCache extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

	static final long MAX_AGE_MILLIS = 60_000;

	static final int MAX_ENTRIES = 2_000;

	static final int MAX_BODY_BYTES = 512 * 1024;

	private record Page(long version, long storedAt, String contentType, byte[] body) {
	}

	private final ReaderArticles articles;

	private final Clock clock;

	private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	ReaderPageCache(ReaderArticles articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !isReaderPath(request.getRequestURI());
	}

	/** The reader site: pages (stories, sections, subjects), feeds, sitemaps and robots.txt (not the desk, static files or /error). */
	static boolean isReaderPath(String path) {
		return path.equals("/") || path.startsWith("/articles/") || path.startsWith("/sections/")
				|| path.startsWith("/people/") || path.startsWith("/organizations/") || path.startsWith("/events/")
				|| path.equals("/search") || path.equals("/feed.atom") || path.startsWith("/sitemap")
				|| path.equals("/news-sitemap.xml") || path.equals("/robots.txt");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SiteVersion site = articles.siteVersion();
		long lastModified = site.changedAt().toEpochMilli();
		String etag = "W/\"" + Long.toString(site.version(), 36) + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
		if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
			return;
		}
		boolean cacheable = !request.getRequestURI().startsWith("/search") && request.getHeader("Cookie") == null;
		String key = request.getRequestURI() + "?" + request.getQueryString();
		long now = clock.millis();
		if (cacheable) {
			Page page;
			synchronized (pages) {
				page = pages.get(key);
			}
			if (page != null && page.version() == site.version() && now - page.storedAt() < MAX_AGE_MILLIS) {
				response.setContentType(page.contentType());
				response.setContentLength(page.body().length);
				if (!"HEAD".equals(request.getMethod())) {
					response.getOutputStream().write(page.body());
				}
				return;
			}
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			byte[] body = wrapper.getContentAsByteArray();
			if (cacheable && wrapper.getStatus() == 200 && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
					&& wrapper.getContentType() != null && body.length <= MAX_BODY_BYTES
					&& CACHE_CONTROL.equals(wrapper.getHeader(HttpHeaders.CACHE_CONTROL))) {
				synchronized (pages) {
					pages.put(key, new Page(site.version(), now, wrapper.getContentType(), body));
				}
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

}
