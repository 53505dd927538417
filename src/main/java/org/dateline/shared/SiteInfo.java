package org.dateline.shared;

import org.springframework.stereotype.Component;

/**
 * The publication as templates need it, available even on error pages that no controller
 * prepared: {@code ${@site.name()}}.
 */
@Component("site")
public class SiteInfo {

	private final DatelineProperties properties;

	SiteInfo(DatelineProperties properties) {
		this.properties = properties;
	}

	public String name() {
		return properties.siteName();
	}

}
