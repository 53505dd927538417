package org.dateline.shared;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The file work of {@link Backups}: which files of a data directory are copied, and how, durably. */
final class BackupFiles {

	/** Recreated empty, never copied (PostgreSQL's documented list, plus zonky's lock). */
	private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			"backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "pg_internal.init");

	private BackupFiles() {
	}

	/**
	 * Whether a file or directory of the data directory goes into the backup. The directories in
	 * {@link #EMPTIED_DIRECTORIES} are made, empty.
	 */
	static boolean copied(Path relative) {
		String name = relative.getFileName().toString();
		if (relative.getNameCount() == 1 && SKIPPED_FILES.contains(name)) {
			return false;
		}
		if (name.equals("pg_internal.init") || name.startsWith("pgsql_tmp")) {
			return false;
		}
		return relative.getNameCount() < 2 || !EMPTIED_DIRECTORIES.contains(relative.getName(0).toString());
	}

	/**
	 * Copies a live data directory as an online backup takes it, between {@code pg_backup_start} and
	 * {@code pg_backup_stop}: without the server's lock and pid files and with the directories
	 * PostgreSQL recreates left empty. Also how a streaming replica is seeded.
	 */
	static void copyDataDirectory(Path from, Path to) throws IOException {
		copyTree(from, to, BackupFiles::copied);
		ownerOnly(to);
	}

	/** Copies a tree that may change meanwhile: files that vanish are skipped (WAL replay covers them). */
	static void copyTree(Path from, Path to, Predicate<Path> include) throws IOException {
		Files.createDirectories(to);
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Path relative = from.relativize(dir);
				if (relative.getNameCount() > 0 && !relative.toString().isEmpty() && !include.test(relative)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(relative.toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Path relative = from.relativize(file);
				if (attrs.isRegularFile() && include.test(relative)) {
					copyFile(file, to.resolve(relative.toString()));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}
		});
	}

	static void copyFile(Path file, Path target) throws IOException {
		try {
			Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (NoSuchFileException ex) {
			// removed while we copied: a temporary file or a recycled WAL segment, neither needed
		}
	}

	/** Flushes every copied file to disk, so that a finished backup survives a power cut. */
	static void syncTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isRegularFile(path)) {
					try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
						channel.force(true);
					}
				}
			}
		}
	}

	/** PostgreSQL refuses a data directory that others may read. */
	static void ownerOnly(Path dataDirectory) throws IOException {
		try {
			Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: nothing to tighten
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** Copies every WAL segment and history file now in the live pg_wal; the slot kept all the ones needed. */
	static void copyWal(Path dataDirectory, Path target) throws IOException {
		Files.createDirectories(target.resolve("archive_status"));
		try (Stream<Path> files = Files.list(dataDirectory.resolve("pg_wal"))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					copyFile(file, target.resolve(file.getFileName().toString()));
				}
			}
		}
	}

}
