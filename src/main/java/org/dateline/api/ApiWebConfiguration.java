package org.dateline.api;

import org.dateline.shared.ReaderReads;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ApiCaching} in front of the content API, after Spring Security. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

	@Bean
	FilterRegistrationBean<ApiCaching> apiCaching(ReaderReads reads) {
		FilterRegistrationBean<ApiCaching> registration = new FilterRegistrationBean<>(new ApiCaching(reads));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(0);
		return registration;
	}

}
