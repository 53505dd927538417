package org.dateline.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.dateline.shared.DatelineProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Built responses kept in memory (Caffeine), bounded by their total bytes
 * ({@code dateline.cache.max-bytes}) and evicted by key when an invalidation arrives.
 * <p>
 * A page is built from what the database showed at some moment; an invalidation can arrive while
 * it is being built. So a builder takes {@link #generation()} before reading anything and passes
 * it to {@link #put}: if any invalidation was applied in between, the page is not kept, and no
 * page older than an invalidation this instance has applied is ever served from here.
 */
@Component
public class PageCache {

	/** A page as it was sent: its type, bytes, validator, keys, and how long it may be kept. */
	public record Page(String contentType, byte[] body, String etag, Set<String> keys, Duration timeToLive) {

		int weight() {
			int keys = 0;
			for (String key : this.keys) {
				keys += 40 + 2 * key.length();
			}
			return 160 + body.length + 2 * contentType.length() + 2 * etag.length() + keys;
		}

	}

	/** Larger pages are built every time rather than crowd out many others. */
	public static final int MAX_PAGE_BYTES = 1024 * 1024;

	private final Cache<String, Page> pages;

	private final long maxBytes;

	private final AtomicLong generation = new AtomicLong();

	/** Puts share it; an invalidation takes it alone, so no put can slip in between its check and the eviction. */
	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	PageCache(DatelineProperties properties, ObjectProvider<MeterRegistry> registry) {
		this.maxBytes = properties.cache().maxBytes().toBytes();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String path, Page page) -> 2 * path.length() + page.weight())
			.expireAfter(Expiry.creating((String path, Page page) -> page.timeToLive()))
			.recordStats()
			.build();
		registry.ifAvailable(r -> CaffeineCacheMetrics.monitor(r, pages, "reader_pages"));
	}

	/** The page kept under {@code key}, or null. */
	public Page get(String key) {
		return pages.getIfPresent(key);
	}

	/** Where invalidations stand now; take it before reading what a page shows. */
	public long generation() {
		return generation.get();
	}

	/**
	 * Keeps {@code page} unless an invalidation was applied since {@code generationAtStart} or it is
	 * too large; returns whether it was kept.
	 */
	public boolean put(String key, Page page, long generationAtStart) {
		if (page.body().length > MAX_PAGE_BYTES) {
			return false;
		}
		lock.readLock().lock();
		try {
			if (generation.get() != generationAtStart) {
				return false;
			}
			pages.put(key, page);
			return true;
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Evicts every page tagged with any of {@code keys}. */
	public void invalidate(Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		Set<String> invalid = Set.copyOf(keys);
		lock.writeLock().lock();
		try {
			generation.incrementAndGet();
			pages.asMap().values().removeIf(page -> page.keys().stream().anyMatch(invalid::contains));
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Evicts everything (after this instance lost track of invalidations). */
	public void invalidateAll() {
		lock.writeLock().lock();
		try {
			generation.incrementAndGet();
			pages.invalidateAll();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** What the kept pages weigh, in bytes, as the bound counts them. */
	public long weightedBytes() {
		pages.cleanUp();
		return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
	}

	public long maxBytes() {
		return maxBytes;
	}

	public long size() {
		return pages.estimatedSize();
	}

}
