package org.dateline.shared;

import nz.net.ultraq.thymeleaf.layoutdialect.LayoutDialect;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Thymeleaf's layout dialect, so every page decorates one of the two layouts. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LayoutDialect layoutDialect() {
		return new LayoutDialect();
	}

}
