package org.dateline.shared;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** {@code restore}: a {@link Backups backup} copied back into an empty data directory and media directory. */
final class BackupRestore {

	private final PrintStream out;

	private final Path dataDirectory;

	private final Path mediaDirectory;

	BackupRestore(PrintStream out, Path dataDirectory, Path mediaDirectory) {
		this.out = out;
		this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
		this.mediaDirectory = mediaDirectory.toAbsolutePath().normalize();
	}

	/** Restores a backup into an empty (or missing) data directory and media directory. */
	void restore(Path backup) throws IOException {
		Path source = backup.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source.resolve(Backups.MANIFEST)) || !Files.isDirectory(source.resolve(Backups.DATABASE_DIRECTORY))) {
			throw new BackupException(source + " is not a complete Dateline backup (no " + Backups.MANIFEST + ").");
		}
		refuseNonEmpty(dataDirectory, "data directory");
		boolean withMedia = Files.isDirectory(source.resolve(Backups.MEDIA_DIRECTORY));
		if (withMedia) {
			refuseNonEmpty(mediaDirectory, "media directory");
		}
		try (var lock = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(dataDirectory)) {
			refuseNonEmpty(dataDirectory, "data directory");
			copyInto(source.resolve(Backups.DATABASE_DIRECTORY), dataDirectory);
			BackupFiles.ownerOnly(dataDirectory);
		}
		catch (DataDirectoryLockedException ex) {
			throw new BackupException(ex.getMessage());
		}
		catch (DirectoryNotEmptyException | FileAlreadyExistsException ex) {
			throw new BackupException("The data directory " + dataDirectory + " is not empty; restore into an empty or new one.");
		}
		if (withMedia) {
			copyInto(source.resolve(Backups.MEDIA_DIRECTORY), mediaDirectory);
		}
		out.println("Restored " + source + " into " + dataDirectory + (withMedia ? " and " + mediaDirectory : "")
				+ ". Start Dateline on it (DATELINE_EMBEDDED_DATABASE_DATA_DIRECTORY=" + dataDirectory + " if that is not ./data/postgres).");
	}

	/**
	 * Copies {@code from} beside {@code into}, flushes it to disk, and only then moves it into
	 * place, so an interrupted restore leaves no half-filled directory under the real name.
	 */
	private static void copyInto(Path from, Path into) throws IOException {
		Path partial = into.resolveSibling(into.getFileName() + ".restoring");
		BackupFiles.deleteTree(partial);
		BackupFiles.copyTree(from, partial, path -> true);
		BackupFiles.syncTree(partial);
		Files.deleteIfExists(into);
		Files.move(partial, into, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void refuseNonEmpty(Path directory, String what) throws IOException {
		if (Files.isDirectory(directory)) {
			try (Stream<Path> entries = Files.list(directory)) {
				if (entries.findAny().isPresent()) {
					throw new BackupException("The " + what + " " + directory
							+ " is not empty; restore refuses to overwrite anything. Move it aside, or name an empty one.");
				}
			}
		}
		else if (Files.exists(directory)) {
			throw new BackupException(directory + " exists and is not a directory.");
		}
	}

}
