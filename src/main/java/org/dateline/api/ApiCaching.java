package org.dateline.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.cache.PageCache;
import org.dateline.cache.PageCache.Page;
import org.dateline.cache.ResponseKeys;
import org.dateline.shared.ReaderReads;
import org.springframework.http.HttpHeaders;
import org.dateline.shared.PageEtags;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The content API's HTTP caching, in one place, the same as reader pages get: an {@code ETag} from
 * the response's own bytes (so an unrelated change leaves it alone), {@code Cache-Control: public,
 * max-age=60, stale-while-revalidate=600}, and the keys naming the stories, sections and subjects
 * a response shows in the cache tag header ({@code Surrogate-Key} unless configured otherwise),
 * by which the caching proxy is purged. A matching {@code If-None-Match} gets a 304 without the
 * body. Errors are never cached.
 * <p>
 * Answers the controller marks as {@link #keep kept} go into the app's page cache (the
 * {@code cache} module) under their path and query string, tagged with the same keys as reader
 * pages ({@code story:42}, {@code section:3}, {@code feed}, ...), so a publish, unpublish,
 * correction or edit evicts them on every instance as it evicts the reader pages. An answer is
 * the same whichever key asked for it: the key only authenticates and is counted. This filter runs
 * after Spring Security, so every request, cached or not, is authenticated and counted first.
 */
class ApiCaching extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

	/** How long a kept answer may be served without a change evicting it; the same bound as reader pages. */
	static final Duration TIME_TO_LIVE = Duration.ofHours(1);

	/** The query parameters the kept answers read; a request with any other is built and not kept. */
	static final Set<String> PARAMETERS = Set.of("section", "subject", "updated_since", "published_since", "q", "order",
			"limit", "cursor");

	private static final String KEYS = ApiCaching.class.getName() + ".keys";

	private static final String KEEP = ApiCaching.class.getName() + ".keep";

	private final ReaderReads reads;

	private final PageCache cache;

	private final ResponseKeys responseKeys;

	ApiCaching(ReaderReads reads, PageCache cache, ResponseKeys responseKeys) {
		this.reads = reads;
		this.cache = cache;
		this.responseKeys = responseKeys;
	}

	/** Records the keys naming what this request's response shows, e.g. {@code story:42 section:3 subject:7}. */
	static void tag(Collection<String> keys) {
		HttpServletRequest request = current();
		if (request != null) {
			keys(request).addAll(keys);
		}
	}

	/**
	 * Tags the response and lets its answer be kept in the page cache: only for answers whose keys
	 * name everything a change could alter in them, including which items a list holds.
	 */
	static void keep(Collection<String> keys) {
		tag(keys);
		HttpServletRequest request = current();
		if (request != null) {
			request.setAttribute(KEEP, Boolean.TRUE);
		}
	}

	private static HttpServletRequest current() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	@SuppressWarnings("unchecked")
	private static Set<String> keys(HttpServletRequest request) {
		Object keys = request.getAttribute(KEYS);
		if (keys == null) {
			keys = new LinkedHashSet<String>();
			request.setAttribute(KEYS, keys);
		}
		return (Set<String>) keys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("GET".equals(method) || "HEAD".equals(method)) || !path.startsWith("/api/v1/")
				|| ApiDocumentation.isOpen(path);
	}

	/** What an answer is kept under: the API path and its query string as sent, or null if it reads other parameters. */
	static String cacheKey(HttpServletRequest request) {
		for (String name : request.getParameterMap().keySet()) {
			if (!PARAMETERS.contains(name)) {
				return null;
			}
		}
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
		String key = cacheKey(request);
		if (key != null) {
			Page page = cache.get(key);
			if (page != null) {
				serve(page, request, response);
				return;
			}
		}
		long generation = cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			// the key was checked and counted (on the primary) before; the reads may go to a replica
			reads.run(() -> chain.doFilter(request, wrapper));
			if (wrapper.getStatus() == 200) {
				byte[] body = wrapper.getContentAsByteArray();
				String etag = PageEtags.of(body);
				Set<String> keys = keys(request);
				wrapper.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
				if (!keys.isEmpty()) {
					wrapper.setHeader(responseKeys.header(), responseKeys.headerValue(keys));
				}
				if (key != null && Boolean.TRUE.equals(request.getAttribute(KEEP)) && wrapper.getContentType() != null) {
					cache.put(key, new Page(wrapper.getContentType(), body, etag, new LinkedHashSet<>(keys), TIME_TO_LIVE),
							generation);
				}
				if (new ServletWebRequest(request, wrapper).checkNotModified(etag)) {
					wrapper.resetBuffer();
					return;
				}
				wrapper.setHeader(HttpHeaders.ETAG, etag);
			}
			else {
				wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	/** A kept answer, with the headers it had when it was built. */
	private void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		if (!page.keys().isEmpty()) {
			response.setHeader(responseKeys.header(), responseKeys.headerValue(page.keys()));
		}
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

}
