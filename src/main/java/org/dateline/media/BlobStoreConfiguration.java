package org.dateline.media;

import java.net.URI;
import java.time.Clock;

import org.dateline.shared.DatelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Picks the blob store from {@code dateline.media.store}: {@code filesystem} or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BlobStoreConfiguration.class);

	@Bean
	BlobStore blobStore(DatelineProperties properties, Clock clock) {
		DatelineProperties.Media media = properties.media();
		String store = media.store() == null ? "filesystem" : media.store().strip().toLowerCase();
		switch (store) {
			case "filesystem" -> {
				log.info("Media are kept in {}", media.directory().toAbsolutePath().normalize());
				return new FilesystemBlobStore(media.directory(), clock);
			}
			case "s3" -> {
				DatelineProperties.S3 s3 = media.s3();
				if (s3.bucket() == null || s3.bucket().isBlank()) {
					throw new IllegalStateException("DATELINE_MEDIA_STORE=s3 needs DATELINE_MEDIA_S3_BUCKET");
				}
				log.info("Media are kept in the S3 bucket {}", s3.bucket());
				return new S3BlobStore(s3Client(s3), s3.bucket());
			}
			default -> throw new IllegalStateException(
					"DATELINE_MEDIA_STORE must be filesystem or s3, not " + media.store());
		}
	}

	/** An S3 client for AWS or any S3-compatible store, with only the checksums every store understands. */
	static S3Client s3Client(DatelineProperties.S3 s3) {
		AwsCredentialsProvider credentials = s3.accessKey() == null || s3.accessKey().isBlank()
				? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(s3.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(s3.endpoint()));
		}
		return builder.build();
	}

}
