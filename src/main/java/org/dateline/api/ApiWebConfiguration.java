package org.dateline.api;

import java.time.Clock;

import org.dateline.article.ReaderArticles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ApiCaching} in front of the content API, after Spring Security. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

	@Bean
	FilterRegistrationBean<ApiCaching> apiCaching(ReaderArticles articles, Clock clock) {
		FilterRegistrationBean<ApiCaching> registration = new FilterRegistrationBean<>(new ApiCaching(articles, clock));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(0);
		return registration;
	}

}
