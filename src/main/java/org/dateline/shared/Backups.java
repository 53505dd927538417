package org.dateline.shared;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code backup} and {@code restore} for the embedded newsroom: its PostgreSQL data directory and
 * the media store directory. Run as {@code java -jar dateline.jar backup [directory]} and
 * {@code java -jar dateline.jar restore <backup> [data-directory]} (see README, "Backups").
 * <p>
 * While Dateline runs, a backup is PostgreSQL's low-level online backup, which needs nothing
 * but SQL: on one connection, a temporary replication slot keeps every WAL segment from now on,
 * {@code pg_backup_start} marks the start, the data directory is copied as it stands,
 * {@code pg_backup_stop} returns the backup label, and then the WAL written meanwhile is copied.
 * A server started on the copy replays that WAL from the label's checkpoint to a consistent state
 * at the moment of {@code pg_backup_stop}: everything committed before then is there. When no
 * Dateline runs, the stopped directory is copied under the Dateline lock.
 * <p>
 * A backup is written into {@code <name>.partial} and renamed when complete, so a directory
 * without that suffix is always a whole backup.
 */
public final class Backups {

	static final String DATABASE_DIRECTORY = "postgres";

	static final String MEDIA_DIRECTORY = "media";

	static final String MANIFEST = "backup.properties";

	/** Recreated empty, never copied (PostgreSQL's documented list, plus zonky's lock). */
	private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			"backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "pg_internal.init");

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'dateline-'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private final PrintStream out;

	private final Path dataDirectory;

	private final Path mediaDirectory;

	private final Clock clock;

	Backups(PrintStream out, Path dataDirectory, Path mediaDirectory, Clock clock) {
		this.out = out;
		this.clock = clock;
		this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
		this.mediaDirectory = mediaDirectory.toAbsolutePath().normalize();
	}

	/** Whether the command line asks for a backup or a restore rather than for the application. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	/** Runs {@code backup} or {@code restore}; returns the process exit code. */
	public static int run(String[] args, Map<String, String> environment, PrintStream out) {
		return run(args, environment, out, Clock.systemUTC());
	}

	/** As {@link #run(String[], Map, PrintStream)}, with the clock that names and dates the backup. */
	static int run(String[] args, Map<String, String> environment, PrintStream out, Clock clock) {
		List<String> positional = new ArrayList<>();
		Path data = Path.of(environment.getOrDefault("DATELINE_EMBEDDED_DATABASE_DATA_DIRECTORY", "./data/postgres"));
		Path media = Path.of(environment.getOrDefault("DATELINE_MEDIA_DIRECTORY", "./data/media"));
		for (String arg : args) {
			if (arg.startsWith("--data-directory=")) {
				data = Path.of(arg.substring("--data-directory=".length()));
			}
			else if (arg.startsWith("--media-directory=")) {
				media = Path.of(arg.substring("--media-directory=".length()));
			}
			else {
				positional.add(arg);
			}
		}
		try {
			if (positional.get(0).equals("backup") && positional.size() <= 2) {
				Path target = Path.of(positional.size() == 2 ? positional.get(1) : "./backups");
				new Backups(out, data, media, clock).backup(target);
				return 0;
			}
			if (positional.get(0).equals("restore") && (positional.size() == 2 || positional.size() == 3)) {
				Path into = positional.size() == 3 ? Path.of(positional.get(2)) : data;
				Path mediaInto = positional.size() == 3 ? into.toAbsolutePath().normalize().resolveSibling(MEDIA_DIRECTORY) : media;
				new Backups(out, into, mediaInto, clock).restore(Path.of(positional.get(1)));
				return 0;
			}
			out.println("Usage: backup [directory]   (default ./backups)");
			out.println("       restore <backup> [data-directory]   (default ./data/postgres, which must be empty or missing)");
			return 2;
		}
		catch (BackupException ex) {
			out.println(ex.getMessage());
			return 1;
		}
		catch (IOException | UncheckedIOException | SQLException ex) {
			out.println(positional.get(0) + " failed: " + ex.getMessage());
			return 1;
		}
	}

	/** Makes a backup in a new, dated directory under {@code parent}; returns that directory. */
	Path backup(Path parent) throws IOException, SQLException {
		if (!Files.isDirectory(dataDirectory)) {
			throw new BackupException("There is no embedded database in " + dataDirectory
					+ " (set DATELINE_EMBEDDED_DATABASE_DATA_DIRECTORY or --data-directory=... to where it is).");
		}
		Instant started = clock.instant();
		Path target = parent.toAbsolutePath().normalize().resolve(NAME.format(started));
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		if (Files.exists(target) || Files.exists(partial)) {
			throw new BackupException(target + " exists already; wait a second and run the backup again.");
		}
		Files.createDirectories(partial);
		Properties manifest = new Properties();
		manifest.setProperty("started", started.toString());
		manifest.setProperty("data-directory", dataDirectory.toString());
		Optional<ProcessHandle> server = OrphanedPostmaster.find(dataDirectory);
		if (server.isPresent()) {
			onlineBackup(partial.resolve(DATABASE_DIRECTORY), manifest);
		}
		else {
			offlineBackup(partial.resolve(DATABASE_DIRECTORY), manifest);
		}
		if (Files.isDirectory(mediaDirectory)) {
			copyTree(mediaDirectory, partial.resolve(MEDIA_DIRECTORY), path -> !path.getFileName().toString().endsWith(".tmp"));
			manifest.setProperty("media-directory", mediaDirectory.toString());
		}
		manifest.setProperty("finished", clock.instant().toString());
		try (var writer = Files.newBufferedWriter(partial.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			manifest.store(writer, "Dateline backup; restore with: restore <this directory> [data-directory]");
		}
		syncTree(partial);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		out.println("Backed up " + dataDirectory + (manifest.containsKey("media-directory") ? " and " + mediaDirectory : "")
				+ " to " + target + " (" + manifest.getProperty("mode") + ").");
		return target;
	}

	private void onlineBackup(Path target, Properties manifest) throws IOException, SQLException {
		List<String> pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
		String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
		String password = EmbeddedDatabaseCredentials.storedPassword(dataDirectory);
		String slot = "dateline_backup_" + ProcessHandle.current().pid();
		try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabaseCredentials.SUPERUSER, password);
				Statement statement = connection.createStatement()) {
			try (Stream<Path> tablespaces = Files.list(dataDirectory.resolve("pg_tblspc"))) {
				if (tablespaces.findAny().isPresent()) {
					throw new BackupException("The database uses tablespaces outside " + dataDirectory + "; back it up with PostgreSQL's own tools.");
				}
			}
			// Reserves the WAL from here on until this session ends, so no checkpoint during the copy removes it.
			statement.execute("select pg_create_physical_replication_slot('" + slot + "', true, true)");
			String startLsn = single(statement, "select pg_backup_start('dateline backup', true)::text");
			copyTree(dataDirectory, target, Backups::copied);
			String label;
			String tablespaceMap;
			String stopLsn;
			try (ResultSet rs = statement.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
				rs.next();
				stopLsn = rs.getString(1);
				label = rs.getString(2);
				tablespaceMap = rs.getString(3);
			}
			copyWal(target.resolve("pg_wal"));
			Files.writeString(target.resolve("backup_label"), label, StandardCharsets.UTF_8);
			if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
				Files.writeString(target.resolve("tablespace_map"), tablespaceMap, StandardCharsets.UTF_8);
			}
			manifest.setProperty("mode", "online, while Dateline ran");
			manifest.setProperty("start-lsn", startLsn);
			manifest.setProperty("stop-lsn", stopLsn);
		}
		ownerOnly(target);
	}

	private void offlineBackup(Path target, Properties manifest) throws IOException {
		try (var lock = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(dataDirectory)) {
			if (OrphanedPostmaster.find(dataDirectory).isPresent()) {
				throw new BackupException("Dateline started while the backup began; run the backup again.");
			}
			copyTree(dataDirectory, target, Backups::copied);
			copyWal(target.resolve("pg_wal"));
			manifest.setProperty("mode", "offline, Dateline was stopped");
		}
		catch (DataDirectoryLockedException ex) {
			throw new BackupException("Dateline is starting or stopping on " + dataDirectory + "; run the backup again in a minute.");
		}
		ownerOnly(target);
	}

	/** Restores a backup into an empty (or missing) data directory and media directory. */
	void restore(Path backup) throws IOException {
		Path source = backup.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source.resolve(MANIFEST)) || !Files.isDirectory(source.resolve(DATABASE_DIRECTORY))) {
			throw new BackupException(source + " is not a complete Dateline backup (no " + MANIFEST + ").");
		}
		refuseNonEmpty(dataDirectory, "data directory");
		boolean withMedia = Files.isDirectory(source.resolve(MEDIA_DIRECTORY));
		if (withMedia) {
			refuseNonEmpty(mediaDirectory, "media directory");
		}
		try (var lock = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(dataDirectory)) {
			refuseNonEmpty(dataDirectory, "data directory");
			Path partial = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".restoring");
			deleteTree(partial);
			copyTree(source.resolve(DATABASE_DIRECTORY), partial, path -> true);
			ownerOnly(partial);
			syncTree(partial);
			Files.deleteIfExists(dataDirectory);
			Files.move(partial, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (DataDirectoryLockedException ex) {
			throw new BackupException(ex.getMessage());
		}
		catch (DirectoryNotEmptyException | FileAlreadyExistsException ex) {
			throw new BackupException("The data directory " + dataDirectory + " is not empty; restore into an empty or new one.");
		}
		if (withMedia) {
			Path partial = mediaDirectory.resolveSibling(mediaDirectory.getFileName() + ".restoring");
			deleteTree(partial);
			copyTree(source.resolve(MEDIA_DIRECTORY), partial, path -> true);
			syncTree(partial);
			Files.deleteIfExists(mediaDirectory);
			Files.move(partial, mediaDirectory, StandardCopyOption.ATOMIC_MOVE);
		}
		out.println("Restored " + source + " into " + dataDirectory + (withMedia ? " and " + mediaDirectory : "")
				+ ". Start Dateline on it (DATELINE_EMBEDDED_DATABASE_DATA_DIRECTORY=" + dataDirectory + " if that is not ./data/postgres).");
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

	/**
	 * Whether a file or directory of the data directory goes into the backup. The directories in
	 * {@link #EMPTIED_DIRECTORIES} are made, empty.
	 */
	private static boolean copied(Path relative) {
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
		copyTree(from, to, Backups::copied);
		ownerOnly(to);
	}

	/** Copies every WAL segment and history file now in the live pg_wal; the slot kept all the ones needed. */
	private void copyWal(Path target) throws IOException {
		Files.createDirectories(target.resolve("archive_status"));
		try (Stream<Path> files = Files.list(dataDirectory.resolve("pg_wal"))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					copyFile(file, target.resolve(file.getFileName().toString()));
				}
			}
		}
	}

	/** Copies a tree that may change meanwhile: files that vanish are skipped (WAL replay covers them). */
	private static void copyTree(Path from, Path to, Predicate<Path> include) throws IOException {
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

	private static void copyFile(Path file, Path target) throws IOException {
		try {
			Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (NoSuchFileException ex) {
			// removed while we copied: a temporary file or a recycled WAL segment, neither needed
		}
	}

	/** Flushes every copied file to disk, so that a finished backup survives a power cut. */
	private static void syncTree(Path root) throws IOException {
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
	private static void ownerOnly(Path dataDirectory) throws IOException {
		try {
			Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: nothing to tighten
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** A backup or restore refused for a reason the user can fix; printed as one line. */
	static final class BackupException extends RuntimeException {

		BackupException(String message) {
			super(message);
		}

	}

}
