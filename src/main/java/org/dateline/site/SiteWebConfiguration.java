package org.dateline.site;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.dateline.cache.PageCache;
import org.dateline.cache.ResponseKeys;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.ReaderReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Puts {@link ReaderPageCache} in front of the reader site (pages, feeds, sitemaps, robots.txt),
 * after Spring Security, so security headers and checks still apply to every response. Serves the
 * stylesheets and scripts from content-versioned URLs ({@code /css/site-<md5>.css}, written into
 * every page by {@code @{/css/site.css}}) that browsers and proxies keep for a year: a changed
 * file gets a new URL.
 */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Bean
	FilterRegistrationBean<ReaderPageCache> readerPageCache(PageCache cache, ResponseKeys keys,
			DatelineProperties properties, ObjectProvider<MeterRegistry> registry, ReaderReads reads, ReaderBuilds builds) {
		FilterRegistrationBean<ReaderPageCache> registration = new FilterRegistrationBean<>(new ReaderPageCache(cache,
				keys, !properties.cache().purgeUrls().isEmpty(), registry.getIfAvailable(), reads, builds));
		registration.addUrlPatterns("/*");
		registration.setOrder(0);
		return registration;
	}

	/**
	 * Static files from memory, first of all filters: before the observation of each request
	 * ({@code Integer.MIN_VALUE + 1}), Spring Session ({@code Integer.MIN_VALUE + 50}) and Spring
	 * Security ({@code -100}). See {@link StaticFiles}.
	 */
	@Bean
	FilterRegistrationBean<StaticFiles> staticFiles(ResourceLoader loader, ObjectProvider<WebProperties> web) {
		WebProperties properties = web.getIfAvailable(WebProperties::new);
		FilterRegistrationBean<StaticFiles> registration = new FilterRegistrationBean<>(
				new StaticFiles(loader, List.of(properties.getResources().getStaticLocations())));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Rewrites {@code /css/site.css} in pages to its versioned URL, from a map filled once: see {@link VersionedUrls}. */
	@Bean
	VersionedUrls versionedUrls(ObjectProvider<ResourceUrlProvider> urls) {
		return new VersionedUrls(urls);
	}

	/**
	 * Keeps Spring Boot from registering its own {@code ResourceUrlEncodingFilter}, which it does
	 * whenever none is registered: it would send every link of every page through the resource
	 * chain again, behind {@link VersionedUrls}.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(IMMUTABLE)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
