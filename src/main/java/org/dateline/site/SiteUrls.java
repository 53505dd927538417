package org.dateline.site;

import org.dateline.subject.SubjectKind;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs for feeds, sitemaps, canonical links and structured data, built from the current
 * request (so they follow {@code X-Forwarded-Host} and {@code -Proto} behind a proxy). Templates
 * use it as {@code @siteUrls}.
 */
@Component("siteUrls")
public class SiteUrls {

	public String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	public String absolute(String path) {
		return base() + path;
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
