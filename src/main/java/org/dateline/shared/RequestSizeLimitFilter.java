package org.dateline.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code dateline.max-request-size} (12 MB) with a 413 page before
 * anything reads it. Without this, a servlet container silently drops the form fields of an
 * oversized post, and the writer would see a form emptied of their text.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestSizeLimitFilter.class);

	/** Image uploads go here, one file a request, and may be as large as the media setting allows. */
	static final String UPLOAD_PATH = "/desk/media";

	private final long maxBytes;

	private final long maxUploadBytes;

	RequestSizeLimitFilter(DatelineProperties properties) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.maxUploadBytes = Math.max(maxBytes, properties.media().maxUploadSize().toBytes() + 64 * 1024);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean upload = "POST".equals(request.getMethod())
				&& UPLOAD_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
		if (length > (upload ? maxUploadBytes : maxBytes)) {
			log.warn("Refused a {}-byte {} to {}", length, request.getMethod(), LogText.safe(request.getRequestURI()));
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
