package org.dateline.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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

	@BeforeEach
	void open() {
		store = new FilesystemBlobStore(root.resolve("media"));
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
		Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

		FilesystemBlobStore reopened = new FilesystemBlobStore(root.resolve("media"));

		assertThat(leftover).doesNotExist();
		assertThat(reopened.exists("renditions/ab/320.jpg")).isFalse();
	}

}
