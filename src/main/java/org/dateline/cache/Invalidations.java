package org.dateline.cache;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invalidates cache keys from application code, in the caller's transaction, for changes no
 * database trigger sees (such as a new rendition of an image, keyed by the web module that serves
 * it). Changes to stories, sections and subjects need no call: their tables' triggers already
 * record the keys they touch. Every instance evicts the keys once the transaction commits, and the
 * caching proxy is sent a purge.
 */
@Component
public class Invalidations {

	private final JdbcClient jdbc;

	Invalidations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void invalidate(Collection<String> keys) {
		if (!keys.isEmpty()) {
			jdbc.sql("select cache_invalidate(?)").param(keys.toArray(String[]::new)).query(rs -> {
			});
		}
	}

}
