package org.dateline.shared;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The site's public address ({@code DATELINE_PUBLIC_URL}), from which every absolute URL that
 * leaves Dateline is built: reader pages' canonical links, feeds and structured data, and the
 * content API's image addresses. Never the request's {@code Host}, which a client can forge into
 * a cached answer.
 */
public final class PublicUrl {

	private PublicUrl() {
	}

	/**
	 * The configured address without a trailing slash, or {@code http://localhost[:port]} when it
	 * is blank; anything but a plain http or https address stops the start with a clear message.
	 */
	public static String base(String publicUrl, int port) {
		if (publicUrl == null || publicUrl.isBlank()) {
			return "http://localhost" + (port == 80 || port <= 0 ? "" : ":" + port);
		}
		String url = publicUrl.strip();
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		try {
			URI uri = new URI(url);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
					|| uri.getQuery() != null || uri.getFragment() != null) {
				throw new IllegalArgumentException();
			}
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new IllegalStateException("DATELINE_PUBLIC_URL must be an http or https address such as "
					+ "https://news.example, not '" + publicUrl + "'");
		}
		return url;
	}

}
