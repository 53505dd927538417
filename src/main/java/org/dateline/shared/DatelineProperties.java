package org.dateline.shared;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 * @param media where images are kept and how large an upload may be
 */
@ConfigurationProperties("dateline")
public record DatelineProperties(
		@DefaultValue("UTC") ZoneId zone,
		@DefaultValue("Dateline") String siteName,
		String adminPassword,
		Boolean demo,
		@DefaultValue EmbeddedDatabase embeddedDatabase,
		@DefaultValue Media media) {

	/**
	 * @param enabled false turns the embedded database off (tests and production do)
	 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts
	 */
	public record EmbeddedDatabase(
			@DefaultValue("true") boolean enabled,
			@DefaultValue("./data/postgres") Path dataDirectory) {
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
