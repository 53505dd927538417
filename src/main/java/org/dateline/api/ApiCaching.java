package org.dateline.api;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
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
 * The content API's HTTP caching, in one place, the same as reader pages get: {@code ETag} from the
 * site version (which moves, in the same transaction, with every change readers could see),
 * {@code Cache-Control: public, max-age=60, stale-while-revalidate=600}, and a
 * {@code Surrogate-Key} naming the stories, sections and subjects a response shows. A matching
 * {@code If-None-Match} gets a 304 before anything is queried, and a response built for one client
 * is served to the next for up to a minute while the site version stays the same. Errors are
 * never cached. Runs after Spring Security, so every request is authenticated and counted first.
 */
class ApiCaching extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

	static final String SURROGATE_KEY = "Surrogate-Key";

	static final long MAX_AGE_MILLIS = 60_000;

	static final int MAX_ENTRIES = 1_000;

	static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	/** Adds the keys naming what a response shows, e.g. {@code story:42 section:3 subject:7}. */
	static void tag(HttpServletResponse response, Collection<String> keys) {
		response.setHeader(SURROGATE_KEY, String.join(" ", keys));
	}

	private record Entry(long version, long storedAt, String contentType, String surrogateKey, byte[] body) {
	}

	private final ReaderArticles articles;

	private final Clock clock;

	private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	ApiCaching(ReaderArticles articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("GET".equals(method) || "HEAD".equals(method)) || !path.startsWith("/api/v1/")
				|| ApiDocumentation.isOpen(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SiteVersion site = articles.siteVersion();
		String etag = "W/\"api-" + Long.toString(site.version(), 36) + "\"";
		response.setHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			return;
		}
		// The address as the client used it: links in the body are absolute.
		String key = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + "?" + request.getQueryString();
		long now = clock.millis();
		Entry entry;
		synchronized (entries) {
			entry = entries.get(key);
		}
		if (entry != null && entry.version() == site.version() && now - entry.storedAt() < MAX_AGE_MILLIS) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.ETAG, etag);
			if (entry.surrogateKey() != null) {
				response.setHeader(SURROGATE_KEY, entry.surrogateKey());
			}
			response.setContentType(entry.contentType());
			response.setContentLength(entry.body().length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(entry.body());
			}
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == 200) {
				wrapper.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
				wrapper.setHeader(HttpHeaders.ETAG, etag);
				byte[] body = wrapper.getContentAsByteArray();
				if (wrapper.getContentType() != null && body.length <= MAX_BODY_BYTES) {
					synchronized (entries) {
						entries.put(key, new Entry(site.version(), now, wrapper.getContentType(),
								wrapper.getHeader(SURROGATE_KEY), body));
					}
				}
			}
			else {
				wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

}
