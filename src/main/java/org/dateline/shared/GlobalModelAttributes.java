package org.dateline.shared;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs. */
@ControllerAdvice
class GlobalModelAttributes {

	private final DatelineProperties properties;

	GlobalModelAttributes(DatelineProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("siteName")
	String siteName() {
		return properties.siteName();
	}

}
