package org.dateline.media;

import java.nio.file.Path;
import java.util.UUID;

import org.dateline.shared.DatelineProperties;
import org.dateline.support.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The blob store contract against a real S3 implementation (S3Proxy in this JVM, on a temporary
 * directory), through the same client settings production uses: endpoint override, path-style
 * addressing, static credentials.
 */
class S3BlobStoreTests extends BlobStoreContractTests {

	@TempDir
	static Path buckets;

	static S3ProxyServer server;

	static S3Client client;

	S3BlobStore store;

	@BeforeAll
	static void startS3() throws Exception {
		server = S3ProxyServer.start(buckets);
		client = BlobStoreConfiguration.s3Client(new DatelineProperties.S3("unused", server.endpoint().toString(),
				"us-east-1", S3ProxyServer.IDENTITY, S3ProxyServer.CREDENTIAL, true));
	}

	@AfterAll
	static void stopS3() throws Exception {
		if (client != null) {
			client.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void freshBucket() {
		String bucket = "media-" + UUID.randomUUID().toString().substring(0, 8);
		client.createBucket(b -> b.bucket(bucket));
		store = new S3BlobStore(client, bucket);
	}

	@Override
	BlobStore store() {
		return store;
	}

}
