package org.dateline.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.cache.PageCache.Page;
import org.dateline.cache.ResponseKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The answers the reader page cache gives without building a page: a kept page (or 304 when the
 * reader has its ETag), and 503 when no turn to build or serve came in time.
 */
final class ReaderPageAnswers {

	private ReaderPageAnswers() {
	}

	/** A turn to wait for. */
	interface Turn {

		boolean take() throws InterruptedException;

	}

	/** Takes {@code turn}; when none comes in time, answers 503 and returns false. */
	static boolean enter(Turn turn, HttpServletResponse response) throws IOException {
		try {
			if (turn.take()) {
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		busy(response);
		return false;
	}

	/** No turn came in time: the reader is asked to come back, and nothing keeps the answer. */
	private static void busy(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/** Answers with a kept page, its ETag and keys; only the headers when the reader already has it. */
	static void serve(Page page, ResponseKeys keys, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		if (!page.keys().isEmpty()) {
			response.setHeader(keys.header(), keys.headerValue(page.keys()));
		}
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

}
