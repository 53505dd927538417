/**
 * HTTP caching for what readers get, shared by the web modules ({@code site}, {@code api},
 * {@code media}): the keys a response is tagged with ({@link org.dateline.cache.ResponseKeys},
 * {@link org.dateline.cache.CacheKeys}), the in-app page cache
 * ({@link org.dateline.cache.PageCache}), invalidation by key
 * ({@link org.dateline.cache.Invalidations}), and, inside, the feed that brings every instance the
 * keys other instances' transactions invalidated, and the worker that purges them from the
 * caching proxy. Domain modules know nothing of it: database triggers record which keys a change
 * readers can see touches. See {@code docs/caching.md}.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.dateline.cache;

import org.springframework.modulith.ApplicationModule;
