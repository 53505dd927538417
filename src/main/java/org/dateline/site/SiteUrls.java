package org.dateline.site;

import org.dateline.shared.DatelineProperties;
import org.dateline.shared.PublicUrl;
import org.dateline.subject.SubjectKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute URLs for feeds, sitemaps, canonical links and structured data, built from the configured
 * public address ({@code DATELINE_PUBLIC_URL}) and never from the request: a forged {@code Host} or
 * {@code X-Forwarded-Host} would otherwise end up in a cached page that every later reader gets.
 * Templates use it as {@code @siteUrls}.
 */
@Component("siteUrls")
public class SiteUrls {

	private final String base;

	SiteUrls(DatelineProperties properties, @Value("${server.port:8080}") int port) {
		this.base = base(properties.publicUrl(), port);
	}

	/** The configured address without a trailing slash, or {@code http://localhost[:port]}. */
	static String base(String publicUrl, int port) {
		return PublicUrl.base(publicUrl, port);
	}

	public String base() {
		return base;
	}

	public String absolute(String path) {
		return base + path;
	}

	public String article(String slug) {
		return absolute("/articles/" + slug);
	}

	/** The path of a subject's page, such as {@code /people/ilse-varga}. */
	public static String subjectPath(SubjectKind kind, String slug) {
		return "/" + kind.plural() + "/" + slug;
	}

	public String subject(SubjectKind kind, String slug) {
		return absolute(subjectPath(kind, slug));
	}

}
