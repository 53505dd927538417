package org.dateline.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.article.ReaderArticles;
import org.dateline.article.ReaderArticles.SiteVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * HTTP caching for every reader page and feed: {@code Cache-Control: public, max-age=60,
 * stale-while-revalidate=600}, and an {@code ETag} and {@code Last-Modified} taken from the site
 * version, which database triggers move on every change readers could see. A conditional request
 * whose validators still match gets a 304 before the page is even built; publishing, unpublishing,
 * editing or correcting a story changes the validators, so readers get the new page at once. A
 * page that turns out not to exist is answered with {@code no-store} instead (see
 * {@code NotFoundHandler}), so a 404 is never cached.
 */
class ReaderCaching implements HandlerInterceptor {

	static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

	private final ReaderArticles articles;

	ReaderCaching(ReaderArticles articles) {
		this.articles = articles;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		SiteVersion site = articles.siteVersion();
		long lastModified = site.changedAt().toEpochMilli();
		String etag = "W/\"" + Long.toString(site.version(), 36) + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
		return !new ServletWebRequest(request, response).checkNotModified(etag, lastModified);
	}

}
