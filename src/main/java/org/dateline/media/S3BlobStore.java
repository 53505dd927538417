package org.dateline.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in an S3-compatible bucket, for several app instances sharing one store. An S3
 * PUT is atomic by itself: an upload cut short never becomes a visible object.
 */
final class S3BlobStore implements BlobStore {

	private final S3Client s3;

	private final String bucket;

	S3BlobStore(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		BlobStore.checkKey(key);
		PutObjectRequest request = PutObjectRequest.builder()
			.bucket(bucket)
			.key(key)
			.contentType(contentType)
			.contentLength(length)
			.build();
		s3.putObject(request, RequestBody.fromInputStream(content, length));
	}

	@Override
	public Optional<Blob> get(String key) {
		BlobStore.checkKey(key);
		try {
			HeadObjectResponse head = s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build());
			return Optional.of(new ObjectBlob(key, head.contentLength()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public Optional<byte[]> read(String key) {
		BlobStore.checkKey(key);
		try (ResponseInputStream<GetObjectResponse> in = s3
			.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build())) {
			return Optional.of(in.readAllBytes());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return get(key).isPresent();
	}

	@Override
	public void delete(String key) {
		BlobStore.checkKey(key);
		s3.deleteObject(b -> b.bucket(bucket).key(key));
	}

	@Override
	public String kind() {
		return "s3";
	}

	private final class ObjectBlob implements Blob {

		private final String key;

		private final long size;

		ObjectBlob(String key, long size) {
			this.key = key;
			this.size = size;
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public InputStream open() throws IOException {
			try {
				return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
			}
			catch (NoSuchKeyException ex) {
				throw new java.io.FileNotFoundException(key);
			}
		}

	}

}
