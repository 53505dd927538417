package org.dateline.site;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.dateline.cache.PageCache;
import org.dateline.cache.PageCache.Page;
import org.dateline.cache.ResponseKeys;
import org.dateline.shared.PageEtags;
import org.dateline.shared.ReaderReads;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching and the in-app page cache for the reader site (see {@code docs/caching.md}).
 * <ul>
 * <li>Every reader page and feed gets {@code Cache-Control: public, max-age=60,
 * stale-while-revalidate=600} (plus {@code s-maxage=3600} for a caching proxy when Dateline sends
 * it purges), a strong {@code ETag} from the bytes of the page ({@link PageEtags}), and the keys of what it shows in
 * the tag header. An edit elsewhere leaves a page's bytes, so its ETag, as they were.</li>
 * <li>A page built for one reader is kept in {@link PageCache} under its path and only the query
 * parameters the page reads ({@link ReaderPageKeys}), so {@code ?x=1} neither misses nor adds an entry. It is evicted when
 * any of its keys is invalidated, on this instance and every other; it is not kept at all if an
 * invalidation arrived while it was being built.</li>
 * <li>Only complete 200 responses are kept. Requests carrying a desk session (signed-in editors)
 * are built fresh and not kept, and read the primary database, never a read replica. A 404 is never cached (see {@code NotFoundHandler}).</li>
 * <li>A page that missed the cache waits for its turn to be built ({@link ReaderBuilds}) unless a
 * desk user asked for it; once its turn comes it looks in the cache again, since the request
 * ahead of it may have built the same page.</li>
 * </ul>
 */
class ReaderPageCache extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

	/** For a proxy that is sent purges: it may keep a page an hour, since a change purges it at once. */
	static final String PROXY_CACHE_CONTROL = "public, max-age=60, s-maxage=3600, stale-while-revalidate=600";

	static final Duration TIME_TO_LIVE = Duration.ofHours(1);

	/** The news sitemap's 48-hour window moves with the clock, not with a change. */
	static final Duration NEWS_SITEMAP_TIME_TO_LIVE = Duration.ofMinutes(1);

	private final PageCache cache;

	private final ResponseKeys keys;

	private final String cacheControl;

	private final Timer buildTime;

	private final ReaderReads reads;

	private final ReaderBuilds builds;

	ReaderPageCache(PageCache cache, ResponseKeys keys, boolean purging, MeterRegistry registry, ReaderReads reads,
			ReaderBuilds builds) {
		this.cache = cache;
		this.builds = builds;
		this.keys = keys;
		this.reads = reads;
		this.cacheControl = purging ? PROXY_CACHE_CONTROL : CACHE_CONTROL;
		this.buildTime = registry == null ? null
				: Timer.builder("dateline.page.build").description("building a reader page that missed the cache")
					.publishPercentiles(0.5, 0.99)
					.register(registry);
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
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		boolean cacheable = !ReaderPageKeys.hasSession(request);
		String key = ReaderPageKeys.cacheKey(request);
		boolean waited = !signedIn();
		if (cacheable) {
			if (waited && !ReaderPageAnswers.enter(builds::enterServing, response)) {
				return;
			}
			try {
				Page page = cache.get(key);
				if (page != null) {
					ReaderPageAnswers.serve(page, keys, request, response);
					return;
				}
			}
			finally {
				if (waited) {
					builds.leaveServing();
				}
			}
		}
		// a reader's build (also one with a cookie that is no desk sign-in) waits its turn
		if (waited && !ReaderPageAnswers.enter(builds::enter, response)) {
			return;
		}
		try {
			if (cacheable) {
				// built by another request while this one waited
				Page page = cache.get(key);
				if (page != null) {
					ReaderPageAnswers.serve(page, keys, request, response);
					return;
				}
			}
			build(request, response, chain, key, cacheable);
		}
		finally {
			if (waited) {
				builds.leave();
			}
		}
	}

	private void build(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			boolean cacheable) throws ServletException, IOException {
		long generation = cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		long started = System.nanoTime();
		try {
			if (cacheable) {
				// a reader's page: may be read from the replica; a desk session's always reads the primary
				reads.run(() -> chain.doFilter(request, wrapper));
			}
			else {
				chain.doFilter(request, wrapper);
			}
		}
		finally {
			if (buildTime != null) {
				buildTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			}
		}
		byte[] body = wrapper.getContentAsByteArray();
		if (wrapper.getStatus() == 200 && wrapper.getContentType() != null) {
			String etag = PageEtags.of(body);
			wrapper.setHeader(HttpHeaders.ETAG, etag);
			Set<String> recorded = ResponseKeys.recorded(request);
			if (cacheable && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
					&& cacheControl.equals(wrapper.getHeader(HttpHeaders.CACHE_CONTROL))) {
				Duration ttl = request.getRequestURI().equals("/news-sitemap.xml") ? NEWS_SITEMAP_TIME_TO_LIVE
						: TIME_TO_LIVE;
				cache.put(key, new Page(wrapper.getContentType(), body, etag, recorded, ttl), generation);
			}
			if (new ServletWebRequest(request, wrapper).checkNotModified(etag)) {
				wrapper.resetBuffer();
			}
		}
		wrapper.copyBodyToResponse();
	}

	/** A signed-in desk user (an editor looking at a story they just published): never queued behind readers. */
	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
