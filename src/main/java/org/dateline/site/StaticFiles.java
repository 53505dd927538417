package org.dateline.site;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.shared.SecurityHeaders;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpHeaders;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the application's static files (stylesheets, scripts, and any other file in the static
 * locations) from memory, ahead of Spring Security's filter chain and Spring MVC: a static file
 * reads no session, needs no sign-in and has no handler to find, so each request is a map lookup
 * and a write of bytes already held.
 * <ul>
 * <li>A content-versioned URL ({@code /css/site-<md5>.css}, which {@code @{/css/site.css}} becomes
 * in every page) whose hash matches the file is sent with {@code Cache-Control: public,
 * max-age=31536000, immutable}: the file under that URL never changes. A hash that does not
 * match is not served here (Spring's resource handler answers it, with a 404).</li>
 * <li>The same file under its plain URL, and other static files, are sent with
 * {@code Cache-Control: no-cache}: a browser may keep them but asks again, and gets a 304.</li>
 * <li>Every answer has a strong {@code ETag} (the MD5 of the bytes) and answers a matching
 * {@code If-None-Match} with a 304, and carries the same security headers as every other page
 * ({@link SecurityHeaders}).</li>
 * <li>A webjar file under its version ({@code /webjars/quill/1.3.7/dist/quill.min.js}, which
 * {@code @{/webjars/quill/dist/quill.min.js}} becomes in desk pages) is immutable too: a webjar
 * never changes under its version, and an upgrade changes the URL.</li>
 * <li>Text files (stylesheets, scripts, source maps, SVG) are also held gzipped, once; a client
 * that accepts gzip gets those bytes ({@code Content-Encoding: gzip}, its own ETag, and
 * {@code Vary: Accept-Encoding} on both forms), without compressing anything per request.</li>
 * <li>Only names that exist are held: a path with no file behind it goes on to the rest of the
 * application (which answers 404) and leaves nothing in memory. Files larger than
 * {@link StaticFileStore#MAX_FILE_BYTES} are left to Spring's handler too. A file on disk (not inside the jar)
 * is read again when its modification time changes.</li>
 * </ul>
 */
final class StaticFiles implements Filter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String REVALIDATE = "no-cache";

	/** {@code name-<32 hex digits>.ext}: the content version Spring's {@code VersionResourceResolver} writes into URLs. */
	private static final Pattern VERSIONED = Pattern.compile("^(.*)-([0-9a-f]{32})(\\.[A-Za-z0-9]+)$");

	/** What a static file may be; anything else (pages, feeds, renditions, the API) is never looked up here. */
	private static final Set<String> EXTENSIONS = Set.of("css", "js", "map", "html", "ico", "png", "svg", "jpg",
			"jpeg", "gif", "webp", "woff", "woff2", "txt");

	private final StaticFileStore files;

	private final WebJarVersionLocator webjars = new WebJarVersionLocator();

	/** Each webjar's version ("" for a name that is no webjar). */
	private final ConcurrentMap<String, String> webjarVersions = new ConcurrentHashMap<>();

	/**
	 * @param locations Spring's static locations ({@code spring.web.resources.static-locations}),
	 * each ending in {@code /}
	 */
	StaticFiles(ResourceLoader loader, List<String> locations) {
		this.files = new StaticFileStore(loader, locations);
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!looksStatic(path)) {
			chain.doFilter(request, response);
			return;
		}
		String plain = path;
		boolean versioned = false;
		String version = null;
		Matcher m = VERSIONED.matcher(path);
		if (m.matches()) {
			plain = m.group(1) + m.group(3);
			version = m.group(2);
			versioned = true;
		}
		StaticFileStore.Held file = files.find(plain);
		if (file == null && versioned) {
			// a file whose own name ends in -<hex> (not a version)
			file = files.find(path);
			versioned = false;
		}
		if (file == null || (versioned && !file.etag().equals("\"" + version + "\""))) {
			chain.doFilter(request, response);
			return;
		}
		boolean gzip = file.varies() && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String etag = gzip ? file.gzipEtag() : file.etag();
		SecurityHeaders.apply(request, response);
		response.addHeader(HttpHeaders.CACHE_CONTROL, versioned || isVersionedWebjar(plain) ? IMMUTABLE : REVALIDATE);
		response.addHeader(HttpHeaders.ETAG, etag);
		if (file.varies()) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(file.contentType());
		byte[] body = gzip ? file.gzip() : file.body();
		if (gzip) {
			response.addHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.addHeader(HttpHeaders.CONTENT_LENGTH, gzip ? file.gzipLength() : file.length());
		if ("GET".equals(method)) {
			response.getOutputStream().write(body);
		}
	}

	/** Whether an {@code Accept-Encoding} header lets gzip through ({@code gzip}, not {@code gzip;q=0}). */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] fields = part.split(";");
			String coding = fields[0].strip().toLowerCase(Locale.ROOT);
			if (!coding.equals("gzip") && !coding.equals("x-gzip")) {
				continue;
			}
			for (int i = 1; i < fields.length; i++) {
				String parameter = fields[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
				if (parameter.startsWith("q=")) {
					try {
						return Double.parseDouble(parameter.substring(2)) > 0;
					}
					catch (NumberFormatException ex) {
						return false;
					}
				}
			}
			return true;
		}
		return false;
	}

	/** {@code /webjars/<name>/<the webjar's version>/...}: the version the build ships is part of the URL. */
	private boolean isVersionedWebjar(String path) {
		if (!path.startsWith("/webjars/")) {
			return false;
		}
		String[] segments = path.split("/", 5);
		if (segments.length < 5) {
			return false;
		}
		String version = webjarVersions.computeIfAbsent(segments[2], name -> {
			String found = webjars.version(name);
			return found == null ? "" : found;
		});
		return !version.isEmpty() && version.equals(segments[3]);
	}

	/** Whether {@code path} can name a static file at all: a plain file name, with a static file's extension, outside the reader site. */
	static boolean looksStatic(String path) {
		int dot = path.lastIndexOf('.');
		int slash = path.lastIndexOf('/');
		if (dot < 0 || dot < slash || path.contains("..") || path.contains("//") || path.indexOf('\\') >= 0
				|| path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
			return false;
		}
		if (path.startsWith("/media/") || path.startsWith("/desk") || path.startsWith("/api/")
				|| path.startsWith("/actuator") || ReaderPageCache.isReaderPath(path)) {
			return false;
		}
		return EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch.strip().equals("*")) {
			return true;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

}
