package org.dateline.api;

import org.dateline.cache.PageCache;
import org.dateline.cache.ResponseKeys;
import org.dateline.shared.ReaderReads;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ApiCaching} (HTTP caching and the kept answers) in front of the content API, after Spring Security. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

	@Bean
	FilterRegistrationBean<ApiCaching> apiCaching(ReaderReads reads, PageCache cache, ResponseKeys keys) {
		FilterRegistrationBean<ApiCaching> registration = new FilterRegistrationBean<>(new ApiCaching(reads, cache, keys));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(0);
		return registration;
	}

}
