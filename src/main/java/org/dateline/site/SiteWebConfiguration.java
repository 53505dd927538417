package org.dateline.site;

import java.time.Clock;

import org.dateline.article.ReaderArticles;
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
	FilterRegistrationBean<ReaderPageCache> readerPageCache(ReaderArticles articles, Clock clock) {
		FilterRegistrationBean<ReaderPageCache> registration = new FilterRegistrationBean<>(
				new ReaderPageCache(articles, clock));
		registration.addUrlPatterns("/*");
		registration.setOrder(0);
		return registration;
	}

}
