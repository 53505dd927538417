package org.dateline.shared;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

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
				new BackupRestore(out, into, mediaInto).restore(Path.of(positional.get(1)));
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
			DatabaseCopy.online(dataDirectory, partial.resolve(DATABASE_DIRECTORY), manifest);
		}
		else {
			DatabaseCopy.offline(dataDirectory, partial.resolve(DATABASE_DIRECTORY), manifest);
		}
		if (Files.isDirectory(mediaDirectory)) {
			BackupFiles.copyTree(mediaDirectory, partial.resolve(MEDIA_DIRECTORY), path -> !path.getFileName().toString().endsWith(".tmp"));
			manifest.setProperty("media-directory", mediaDirectory.toString());
		}
		manifest.setProperty("finished", clock.instant().toString());
		try (var writer = Files.newBufferedWriter(partial.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			manifest.store(writer, "Dateline backup; restore with: restore <this directory> [data-directory]");
		}
		BackupFiles.syncTree(partial);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		out.println("Backed up " + dataDirectory + (manifest.containsKey("media-directory") ? " and " + mediaDirectory : "")
				+ " to " + target + " (" + manifest.getProperty("mode") + ").");
		return target;
	}

}
