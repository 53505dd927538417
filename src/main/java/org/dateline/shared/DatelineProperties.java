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
 * @param publicUrl the site's public address, such as {@code https://news.example}, from which
 *     every absolute URL (canonical links, feeds, sitemaps, structured data) is built; never
 *     the request's {@code Host}. Blank: {@code http://localhost} on the configured port
 */
@ConfigurationProperties("dateline")
public record DatelineProperties(
		@DefaultValue("UTC") ZoneId zone,
		@DefaultValue("Dateline") String siteName,
		String adminPassword,
		Boolean demo,
		@DefaultValue EmbeddedDatabase embeddedDatabase,
		String publicUrl) {

	/**
	 * @param enabled false turns the embedded database off (tests and production do)
	 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts
	 */
	public record EmbeddedDatabase(
			@DefaultValue("true") boolean enabled,
			@DefaultValue("./data/postgres") Path dataDirectory) {
	}

}
