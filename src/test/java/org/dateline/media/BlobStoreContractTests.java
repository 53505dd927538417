package org.dateline.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link BlobStore} promises, run against each real implementation: bytes come back as
 * they went in, a write is all or nothing, deletes are idempotent and keys cannot escape the store.
 */
abstract class BlobStoreContractTests {

	/** The store under test; a fresh, empty one per test. */
	abstract BlobStore store();

	@TempDir
	Path scratch;

	@Test
	void whatIsPutComesBackByteForByte() {
		byte[] bytes = randomBytes(200_000, 1);
		store().put("originals/ab/ab12", bytes, "image/jpeg");

		assertThat(store().exists("originals/ab/ab12")).isTrue();
		assertThat(store().get("originals/ab/ab12")).hasValueSatisfying(blob -> assertThat(blob.size()).isEqualTo(200_000));
		assertThat(store().read("originals/ab/ab12")).hasValue(bytes);
	}

	@Test
	void aStreamFromTheBlobReadsTheSameBytes() throws IOException {
		byte[] bytes = "a small rendition".getBytes(StandardCharsets.UTF_8);
		store().put("renditions/cd/640.webp", bytes, "image/webp");

		try (InputStream in = store().get("renditions/cd/640.webp").orElseThrow().open()) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void aMissingKeyIsEmptyNotAnError() {
		assertThat(store().get("renditions/none/320.jpg")).isEmpty();
		assertThat(store().read("renditions/none/320.jpg")).isEmpty();
		assertThat(store().exists("renditions/none/320.jpg")).isFalse();
	}

	@Test
	void aSecondPutReplacesTheFirst() {
		store().put("renditions/ef/320.jpg", randomBytes(5_000, 2), "image/jpeg");
		byte[] second = randomBytes(3_000, 3);
		store().put("renditions/ef/320.jpg", second, "image/jpeg");

		assertThat(store().read("renditions/ef/320.jpg")).hasValue(second);
	}

	@Test
	void aFileCanBeStoredDirectly() throws IOException {
		Path file = scratch.resolve("upload.bin");
		byte[] bytes = randomBytes(1_500_000, 4);
		Files.write(file, bytes);

		store().put("originals/fi/file", file, "application/octet-stream");

		assertThat(store().read("originals/fi/file")).hasValue(bytes);
	}

	@Test
	void deletingRemovesTheBlobAndDeletingAgainIsHarmless() {
		store().put("renditions/gh/960.jpg", randomBytes(100, 5), "image/jpeg");

		store().delete("renditions/gh/960.jpg");
		store().delete("renditions/gh/960.jpg");

		assertThat(store().exists("renditions/gh/960.jpg")).isFalse();
	}

	@Test
	void aWriteCutShortLeavesTheOldBytesInPlace() {
		byte[] old = randomBytes(10_000, 6);
		store().put("originals/ij/ij34", old, "image/png");

		InputStream failing = new FailingStream(randomBytes(300_000, 7), 150_000);
		assertThatThrownBy(() -> store().put("originals/ij/ij34", failing, 300_000, "image/png"))
			.isInstanceOf(RuntimeException.class);

		assertThat(store().read("originals/ij/ij34")).hasValue(old);
	}

	@Test
	void aWriteCutShortOfANewKeyLeavesNothing() {
		InputStream failing = new FailingStream(randomBytes(300_000, 8), 100_000);
		assertThatThrownBy(() -> store().put("originals/kl/kl56", failing, 300_000, "image/png"))
			.isInstanceOf(RuntimeException.class);

		assertThat(store().exists("originals/kl/kl56")).isFalse();
	}

	@Test
	void concurrentWritersOfOneKeyLeaveOneWholeVersion() throws Exception {
		List<byte[]> versions = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			versions.add(randomBytes(400_000, 10 + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> writes = new ArrayList<>();
			for (byte[] version : versions) {
				writes.add(pool.submit(() -> store().put("renditions/mn/1200.webp", version, "image/webp")));
			}
			for (Future<?> write : writes) {
				write.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		byte[] stored = store().read("renditions/mn/1200.webp").orElseThrow();
		assertThat(versions).anySatisfy(version -> assertThat(stored).isEqualTo(version));
	}

	@Test
	void keysThatCouldEscapeTheStoreAreRefused() {
		for (String key : List.of("../etc/passwd", "/abs", "originals/../../x", "UPPER/case", "a//b", "", "a/.hidden")) {
			assertThatThrownBy(() -> store().put(key, new byte[] { 1 }, "image/jpeg"))
				.as(key)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	static byte[] randomBytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/** Gives {@code failAfter} bytes of {@code bytes}, then fails as a dropped upload would. */
	static final class FailingStream extends InputStream {

		private final ByteArrayInputStream in;

		private int left;

		FailingStream(byte[] bytes, int failAfter) {
			this.in = new ByteArrayInputStream(bytes);
			this.left = failAfter;
		}

		@Override
		public int read() throws IOException {
			if (left-- <= 0) {
				throw new IOException("connection dropped");
			}
			return in.read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (left <= 0) {
				throw new IOException("connection dropped");
			}
			int n = in.read(b, off, Math.min(len, left));
			left -= n;
			return n;
		}

	}

}
