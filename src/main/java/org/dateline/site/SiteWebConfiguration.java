package org.dateline.site;

import io.micrometer.core.instrument.MeterRegistry;

import org.dateline.cache.PageCache;
import org.dateline.cache.ResponseKeys;
import org.dateline.shared.DatelineProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ReaderPageCache} in front of the reader site (pages, feeds, sitemaps, robots.txt),
 * after Spring Security, so security headers and checks still apply to every response.
 */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration {

	@Bean
	FilterRegistrationBean<ReaderPageCache> readerPageCache(PageCache cache, ResponseKeys keys,
			DatelineProperties properties, ObjectProvider<MeterRegistry> registry) {
		FilterRegistrationBean<ReaderPageCache> registration = new FilterRegistrationBean<>(new ReaderPageCache(cache,
				keys, !properties.cache().purgeUrls().isEmpty(), registry.getIfAvailable()));
		registration.addUrlPatterns("/*");
		registration.setOrder(0);
		return registration;
	}

}
