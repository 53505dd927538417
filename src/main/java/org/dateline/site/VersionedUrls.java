package org.dateline.site;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the content-versioned URLs of stylesheets, scripts and webjar files into pages
 * ({@code @{/css/site.css}} becomes {@code /css/site-<md5>.css}), in place of Spring's
 * {@code ResourceUrlEncodingFilter}. That filter sent every link of every page built, a story's
 * {@code /articles/...} and each section's link included, through Spring's resource chain, which
 * looked each one up in the static locations (a search through every jar on the class path for a
 * file that is not there) and hashed or located the real ones again. Here only links under
 * {@link #PREFIXES} are versioned, each resolved once by Spring's {@link ResourceUrlProvider} (the
 * files under {@code static/css} and {@code static/js} when the application is ready, a webjar file
 * the first time a page links it) and then answered from a map; every other link is left as it is,
 * as Spring's chain left it. The URLs are the ones Spring wrote, so the resource handlers and
 * {@link StaticFiles} answer them as before.
 */
final class VersionedUrls implements Filter, ApplicationListener<ApplicationReadyEvent> {

	/** The links that may have a versioned form: the resource handlers' own locations. */
	static final List<String> PREFIXES = List.of("/css/", "/js/", "/webjars/");

	/** Links are written by templates, not readers; the bound only keeps a template bug from growing the map. */
	static final int MAX_REMEMBERED = 2_000;

	private final ObjectProvider<ResourceUrlProvider> provider;

	private final ResourcePatternResolver files = new PathMatchingResourcePatternResolver();

	/** Lookup path (no query, no fragment) to what a page shows for it. */
	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	VersionedUrls(ObjectProvider<ResourceUrlProvider> provider) {
		this.provider = provider;
	}

	/** Resolves the application's own stylesheets and scripts once, before the first page is built. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		for (String folder : new String[] { "css", "js" }) {
			String marker = "/static/" + folder + "/";
			try {
				for (Resource file : files.getResources("classpath:/static/" + folder + "/**/*.*")) {
					String url = file.getURL().toString();
					int at = url.lastIndexOf(marker);
					if (at >= 0) {
						versionOf("/" + folder + "/" + url.substring(at + marker.length()));
					}
				}
			}
			catch (IOException ex) {
				// nothing to resolve ahead; each link is resolved the first time a page writes it
			}
		}
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
			chain.doFilter(request, new Rewriting(out, http.getContextPath()));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/** {@code url} (as a page links it, with the context path) in its versioned form, or as it is. */
	String encode(String contextPath, String url) {
		if (url == null || !url.startsWith(contextPath) || !underPrefix(url, contextPath.length())) {
			return url;
		}
		int end = endOfPath(url);
		String path = url.substring(contextPath.length(), end);
		String found = versioned.get(path);
		if (found == null) {
			found = versionOf(path);
		}
		return found.equals(path) ? url : contextPath + found + url.substring(end);
	}

	/** How many links are remembered, for tests. */
	int remembered() {
		return versioned.size();
	}

	private String versionOf(String path) {
		ResourceUrlProvider urls = provider.getIfAvailable();
		String found = urls == null ? null : urls.getForLookupPath(path);
		String shown = found != null ? found : path;
		if (versioned.size() < MAX_REMEMBERED) {
			versioned.put(path, shown);
		}
		return shown;
	}

	private static boolean underPrefix(String url, int from) {
		for (String prefix : PREFIXES) {
			if (url.startsWith(prefix, from)) {
				return true;
			}
		}
		return false;
	}

	private static int endOfPath(String url) {
		int query = url.indexOf('?');
		int fragment = url.indexOf('#');
		int end = url.length();
		if (query >= 0) {
			end = query;
		}
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		return end;
	}

	private final class Rewriting extends HttpServletResponseWrapper {

		private final String contextPath;

		Rewriting(HttpServletResponse response, String contextPath) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(encode(this.contextPath, url));
		}

	}

}
