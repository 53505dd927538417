package org.dateline.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the PostgreSQL under a running Dateline, for outage tests: a fast shutdown
 * through {@code postmaster.pid}, and {@code pg_ctl start} on the same port afterwards.
 */
public final class EmbeddedPostgresControl {

	private EmbeddedPostgresControl() {
	}

	/** Stops the server on the data directory; returns the port it listened on. */
	public static int stop(Path dataDirectory) throws IOException, InterruptedException {
		Path absolute = dataDirectory.toAbsolutePath().normalize();
		List<String> pid = Files.readAllLines(absolute.resolve("postmaster.pid"), StandardCharsets.UTF_8);
		int port = Integer.parseInt(pid.get(3).strip());
		ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(pid.get(0).strip())).orElseThrow();
		new ProcessBuilder("kill", "-s", "INT", Long.toString(postmaster.pid())).start().waitFor();
		postmaster.onExit().completeOnTimeout(postmaster, 60, TimeUnit.SECONDS).join();
		if (postmaster.isAlive()) {
			throw new IllegalStateException("PostgreSQL did not stop");
		}
		return port;
	}

	/** Stops a server left on the data directory (after a failed test), if there is one. */
	public static void stopIfRunning(Path dataDirectory) {
		OrphanedPostmaster.find(dataDirectory.toAbsolutePath().normalize()).ifPresent(postmaster -> {
			try {
				stop(dataDirectory);
			}
			catch (IOException | RuntimeException ex) {
				postmaster.destroyForcibly();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

	/** Starts the server on the data directory again, on the port it had, and waits until it accepts connections. */
	public static void start(Path dataDirectory, int port) throws IOException, InterruptedException {
		Path absolute = dataDirectory.toAbsolutePath().normalize();
		Path log = Files.createTempFile("dateline-pg-restart", ".log");
		Process process = new ProcessBuilder(PostgresBinaries.command("pg_ctl", "start", "-w", "-t", "60", "-D", absolute.toString(),
				"-l", log.toString(), "-o", "-p " + port + " -c listen_addresses=localhost"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("pg_ctl start failed: " + Files.readString(log));
		}
	}

}
