package org.dateline.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The blob store contract on a local directory, plus what a crash leaves behind there. */
class FilesystemBlobStoreTests extends BlobStoreContractTests {

	@TempDir
	Path root;

	FilesystemBlobStore store;

	/** The store's clock, so that the age of a leftover is exact. */
	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@BeforeEach
	void open() {
		store = new FilesystemBlobStore(root.resolve("media"), CLOCK);
	}

	@Override
	BlobStore store() {
		return store;
	}

	@Test
	void aWriteCutShortLeavesNoTemporaryFileBehind() throws IOException {
		try {
			store.put("originals/zz/zz", new FailingStream(randomBytes(10_000, 1), 5_000), 10_000, "image/jpeg");
		}
		catch (RuntimeException expected) {
			// the dropped upload
		}
		try (Stream<Path> files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void aShortStreamIsNotStoredAsIfComplete() {
		try {
			store.put("originals/yy/yy", new java.io.ByteArrayInputStream(new byte[100]), 200, "image/jpeg");
		}
		catch (RuntimeException expected) {
			// fewer bytes than announced
		}
		assertThat(store.exists("originals/yy/yy")).isFalse();
	}

	@Test
	void leftoversOfACrashedWriteAreSweptAtStartAndNeverRead() throws IOException {
		Path dir = Files.createDirectories(root.resolve("media/renditions/ab"));
		Path leftover = Files.write(dir.resolve(".320.jpg.1234.tmp"), new byte[] { 1, 2, 3 });
		Files.setLastModifiedTime(leftover, FileTime.from(NOW.minus(Duration.ofHours(2))));
		// a write that may still be going on (less than an hour old by the store's clock) is left alone
		Path recent = Files.write(dir.resolve(".640.jpg.5678.tmp"), new byte[] { 4, 5, 6 });
		Files.setLastModifiedTime(recent, FileTime.from(NOW.minus(Duration.ofMinutes(50))));

		FilesystemBlobStore reopened = new FilesystemBlobStore(root.resolve("media"), CLOCK);

		assertThat(leftover).doesNotExist();
		assertThat(recent).exists();
		assertThat(reopened.exists("renditions/ab/320.jpg")).isFalse();
	}

}
