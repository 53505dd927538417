package org.dateline.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where image bytes live: originals and renditions, each under a key such as
 * {@code originals/ab/ab12...} or {@code renditions/ab12.../1200.webp}. A write is all or
 * nothing: a reader sees the old bytes or the new ones, never part of a file, even if the process
 * dies in the middle of it.
 */
public interface BlobStore {

	/** Keys are lower-case paths of letters, digits, dots, dashes and underscores. */
	Pattern KEY = Pattern.compile("[a-z0-9_-][a-z0-9._-]*(/[a-z0-9_-][a-z0-9._-]*)*");

	/**
	 * Stores {@code length} bytes read from {@code content} under {@code key}, replacing what was
	 * there. If reading fails, the old bytes (or nothing) stay in place.
	 */
	void put(String key, InputStream content, long length, String contentType);

	/** The blob under {@code key}, or empty. */
	Optional<Blob> get(String key);

	boolean exists(String key);

	/** Removes the blob; removing one that is not there does nothing. */
	void delete(String key);

	/** Which store this is, for logs and the docs ({@code filesystem}, {@code s3}). */
	String kind();

	default void put(String key, byte[] bytes, String contentType) {
		put(key, new ByteArrayInputStream(bytes), bytes.length, contentType);
	}

	default void put(String key, Path file, String contentType) {
		try (InputStream in = Files.newInputStream(file)) {
			put(key, in, Files.size(file), contentType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The blob's bytes, or empty. */
	default Optional<byte[]> read(String key) {
		return get(key).map(blob -> {
			try (InputStream in = blob.open()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	static String checkKey(String key) {
		if (key == null || key.length() > 512 || !KEY.matcher(key).matches() || key.contains("..")) {
			throw new IllegalArgumentException("Not a blob key: " + key);
		}
		return key;
	}

	/** One stored blob: its size and a way to read it. The caller closes the stream. */
	interface Blob {

		long size();

		InputStream open() throws IOException;

	}

}
