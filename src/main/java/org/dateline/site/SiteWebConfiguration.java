package org.dateline.site;

import org.dateline.article.ReaderArticles;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies {@link ReaderCaching} to the reader site: pages, feeds, sitemaps and robots.txt. */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

	private final ReaderArticles articles;

	SiteWebConfiguration(ReaderArticles articles) {
		this.articles = articles;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ReaderCaching(articles))
			.addPathPatterns("/", "/articles/**", "/sections/**", "/search", "/feed.atom", "/sitemap.xml",
					"/sitemap-*.xml", "/news-sitemap.xml", "/robots.txt");
	}

}
