package org.dateline.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blobs as files under one directory. A write goes to a temporary file beside its target, is
 * forced to disk, then renamed over the target in one atomic step, and the directory entry is
 * forced too: after a crash the key holds either the old file or the whole new one. Temporary
 * files are hidden ({@code .name.tmp}) and never read; leftovers of a crash are swept at start.
 */
final class FilesystemBlobStore implements BlobStore {

	private static final Logger log = LoggerFactory.getLogger(FilesystemBlobStore.class);

	private static final String TEMP_SUFFIX = ".tmp";

	private final Path root;

	private final Clock clock;

	FilesystemBlobStore(Path root, Clock clock) {
		this.clock = clock;
		try {
			this.root = Files.createDirectories(root).toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot use " + root + " for media", ex);
		}
		sweepLeftovers(Duration.ofHours(1));
	}

	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		Path target = resolve(key);
		Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
		try {
			Files.createDirectories(target.getParent());
			try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				byte[] buffer = new byte[64 * 1024];
				long written = 0;
				int n;
				while ((n = content.read(buffer)) > 0) {
					ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
					while (chunk.hasRemaining()) {
						out.write(chunk);
					}
					written += n;
				}
				if (length >= 0 && written != length) {
					throw new IOException("Expected " + length + " bytes for " + key + ", got " + written);
				}
				out.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				throw new IOException("The media directory does not support atomic renames", ex);
			}
			forceDirectory(target.getParent());
		}
		catch (IOException ex) {
			deleteQuietly(temp);
			throw new UncheckedIOException("Could not store " + key, ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(temp);
			throw ex;
		}
	}

	@Override
	public Optional<Blob> get(String key) {
		Path file = resolve(key);
		try {
			long size = Files.size(file);
			return Optional.of(new FileBlob(file, size));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + key, ex);
		}
	}

	@Override
	public String kind() {
		return "filesystem";
	}

	/** The file behind a key, for the benchmarks' static baseline. */
	Path pathOf(String key) {
		return resolve(key);
	}

	private Path resolve(String key) {
		Path file = root.resolve(BlobStore.checkKey(key)).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Not a blob key: " + key);
		}
		return file;
	}

	/** Removes temporary files older than {@code age}: writes that a crash cut short. */
	void sweepLeftovers(Duration age) {
		Instant cutoff = clock.instant().minus(age);
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(p -> p.getFileName().toString().startsWith(".") && p.toString().endsWith(TEMP_SUFFIX))
				.filter(p -> modifiedBefore(p, cutoff))
				.forEach(p -> {
					log.info("Removing an unfinished media write: {}", root.relativize(p));
					deleteQuietly(p);
				});
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not sweep the media directory: {}", ex.getMessage());
		}
	}

	private static boolean modifiedBefore(Path file, Instant cutoff) {
		try {
			FileTime time = Files.getLastModifiedTime(file);
			return time.toInstant().isBefore(cutoff);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException ex) {
			// Some filesystems cannot open a directory for syncing; the rename itself is still atomic.
			log.debug("Could not sync {}: {}", directory, ex.getMessage());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a leftover temporary file is swept at the next start
		}
	}

	private record FileBlob(Path file, long size) implements Blob {

		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(file);
		}

	}

}
