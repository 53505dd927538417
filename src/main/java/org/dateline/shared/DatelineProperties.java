package org.dateline.shared;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code dateline.*} setting in one place. Secrets such as the first admin password
 * come from the environment ({@code DATELINE_ADMIN_PASSWORD}), never from a file in the
 * repository.
 *
 * @param zone the newsroom's time zone; times are stored in UTC and shown in this zone
 * @param siteName the publication's name, shown in the masthead and in feeds
 * @param adminPassword the password for the {@code admin} account created on an empty
 *     database; when blank a random one is generated and printed once
 * @param demo whether to load the demo newsroom into an empty database ({@code null}: only
 *     on the embedded database)
 * @param embeddedDatabase the embedded PostgreSQL used when no external database is set
 * @param publicUrl the site's public address, such as {@code https://news.example}, from which
 *     every absolute URL (canonical links, feeds, sitemaps, structured data) is built; never
 *     the request's {@code Host}. Blank: {@code http://localhost} on the configured port
 * @param maxRequestSize the largest request body outside the photo desk's uploads
 *     ({@code DATELINE_MAX_REQUEST_SIZE}); Tomcat's form-post limit follows it
 * @param sitemap the reader sitemaps
 * @param cache reader page caching: the in-app cache, surrogate keys and purges (docs/caching.md)
 * @param api the content API under {@code /api/v1}
 * @param webhooks outgoing webhook deliveries
 * @param media where images are kept and how large an upload may be
 */
@ConfigurationProperties("dateline")
public record DatelineProperties(
		@DefaultValue("UTC") ZoneId zone,
		@DefaultValue("Dateline") String siteName,
		String adminPassword,
		Boolean demo,
		@DefaultValue EmbeddedDatabase embeddedDatabase,
		String publicUrl,
		@DefaultValue Cache cache,
		@DefaultValue Api api,
		@DefaultValue Webhooks webhooks,
		@DefaultValue Media media,
		@DefaultValue("12MB") DataSize maxRequestSize,
		@DefaultValue Sitemap sitemap) {

	/**
	 * @param pageSize stories per sitemap page; past it {@code /sitemap.xml} becomes an index
	 */
	public record Sitemap(@DefaultValue("45000") int pageSize) {
	}

	/**
	 * @param enabled false turns the embedded database off (tests and production do)
	 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts
	 */
	public record EmbeddedDatabase(
			@DefaultValue("true") boolean enabled,
			@DefaultValue("./data/postgres") Path dataDirectory) {
	}

	/**
	 * @param maxBytes what the in-app page cache may hold, counting each page's bytes
	 * @param tagHeader the response header naming a page's keys: {@code Surrogate-Key} (Varnish,
	 *     Fastly; space-separated) or {@code Cache-Tag} (Cloudflare; comma-separated)
	 * @param purgeUrls the caching proxies to send purges to (empty: none)
	 * @param pollInterval how often each instance reads new invalidations when no notification came
	 * @param purgeRetry the first wait before a failed purge is sent again (doubling up to a minute)
	 * @param purgeAgainAfter a purge is sent a second time this long after the first, in case the proxy
	 *     fetched a page from an instance that had not yet heard of the change
	 * @param buildConcurrency how many reader pages that missed the in-app cache are built at once
	 *     (0: one per processor); more wait their turn, so that the desk always finds a processor
	 *     and a database connection free
	 * @param buildQueueTimeout how long a reader page waits for its turn before it is answered with
	 *     a 503 and {@code Retry-After}
	 * @param serveConcurrency how many reader requests are answered from the in-app cache at once
	 *     (0: two per processor); more wait their turn, so that the desk's threads compete with a
	 *     few reader threads for the processors, not with every reader connection
	 */
	public record Cache(
			@DefaultValue("64MB") DataSize maxBytes,
			@DefaultValue("Surrogate-Key") String tagHeader,
			@DefaultValue List<URI> purgeUrls,
			@DefaultValue("500ms") Duration pollInterval,
			@DefaultValue("1s") Duration purgeRetry,
			@DefaultValue("2s") Duration purgeAgainAfter,
			@DefaultValue("0") int buildConcurrency,
			@DefaultValue("30s") Duration buildQueueTimeout,
			@DefaultValue("0") int serveConcurrency) {

		/** {@link #serveConcurrency}, with 0 read as two per processor. */
		public int cachedServes() {
			return serveConcurrency > 0 ? serveConcurrency : 2 * Runtime.getRuntime().availableProcessors();
		}

		/** {@link #buildConcurrency}, with 0 read as the number of processors. */
		public int pageBuilds() {
			return buildConcurrency > 0 ? buildConcurrency : Runtime.getRuntime().availableProcessors();
		}
	}

	/**
	 * @param rateLimit requests a minute each API key may make, unless the key has its own limit
	 */
	public record Api(@DefaultValue("600") int rateLimit) {
	}

	/**
	 * @param allowPrivateAddresses whether webhooks may be sent to loopback, private and link-local
	 *     addresses (off in production: only tests and a local receiver need it)
	 * @param connectTimeout how long to wait for a receiver's connection
	 * @param readTimeout how long to wait for a receiver's answer
	 * @param pollInterval how often the delivery worker looks for due deliveries
	 * @param retryDelays the waits between a failed attempt and the next; after the last one
	 *     fails the delivery is given up and its endpoint disabled (the default spans about a day)
	 */
	public record Webhooks(
			@DefaultValue("false") boolean allowPrivateAddresses,
			@DefaultValue("5s") java.time.Duration connectTimeout,
			@DefaultValue("10s") java.time.Duration readTimeout,
			@DefaultValue("1s") java.time.Duration pollInterval,
			@DefaultValue("10s,1m,5m,15m,30m,1h,2h,4h,8h,8h") java.util.List<java.time.Duration> retryDelays) {
	}

	/**
	 * @param store {@code filesystem} (the default, under {@code directory}) or {@code s3}
	 * @param directory the filesystem store's root
	 * @param maxUploadSize the largest image file accepted; bigger uploads get a 413 page
	 * @param workers how many images are turned into renditions at once in the background
	 * @param s3 the S3-compatible object store, when {@code store} is {@code s3}
	 */
	public record Media(
			@DefaultValue("filesystem") String store,
			@DefaultValue("./data/media") Path directory,
			@DefaultValue("40MB") org.springframework.util.unit.DataSize maxUploadSize,
			@DefaultValue("2") int workers,
			@DefaultValue S3 s3) {
	}

	/**
	 * @param bucket the bucket that holds originals and renditions
	 * @param endpoint an endpoint override for S3-compatible stores ({@code https://minio.example:9000});
	 *     blank for AWS itself
	 * @param region the region to sign requests for
	 * @param accessKey the access key; blank to use the AWS SDK's default credential chain
	 * @param secretKey the secret key, from the environment only
	 * @param pathStyle path-style addressing ({@code endpoint/bucket/key}), which most
	 *     S3-compatible stores need
	 */
	public record S3(
			String bucket,
			String endpoint,
			@DefaultValue("us-east-1") String region,
			String accessKey,
			String secretKey,
			@DefaultValue("true") boolean pathStyle) {
	}

}
