package org.dateline.api;

import java.io.IOException;
import java.util.Collection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.shared.ReaderReads;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The content API's HTTP caching, in one place, the same as reader pages get: an {@code ETag} from
 * the response's own bytes (so an unrelated change leaves it alone), {@code Cache-Control: public,
 * max-age=60, stale-while-revalidate=600}, and a {@code Surrogate-Key} naming the stories,
 * sections and subjects a response shows, which the caching proxy is purged by. A matching
 * {@code If-None-Match} gets a 304 without the body. Errors are never cached. Runs after Spring
 * Security, so every request is authenticated and counted first.
 */
class ApiCaching extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

	static final String SURROGATE_KEY = "Surrogate-Key";

	private final ReaderReads reads;

	ApiCaching(ReaderReads reads) {
		this.reads = reads;
	}

	/** Adds the keys naming what a response shows, e.g. {@code story:42 section:3 subject:7}. */
	static void tag(HttpServletResponse response, Collection<String> keys) {
		response.setHeader(SURROGATE_KEY, String.join(" ", keys));
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
		response.setHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			// the key was checked and counted (on the primary) before; the reads may go to a replica
			reads.run(() -> chain.doFilter(request, wrapper));
			if (wrapper.getStatus() == 200) {
				String etag = "\"" + DigestUtils.md5DigestAsHex(wrapper.getContentAsByteArray()) + "\"";
				wrapper.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
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

}
