package org.dateline.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data directory by a Dateline that died without stopping it
 * ({@code kill -9}, an out-of-memory kill): the JVM is gone, its {@code postgres} child is not.
 * Only called while this process holds the Dateline lock beside the data directory, so a live
 * postmaster on that directory belongs to nobody and can be shut down: a fast shutdown first
 * (SIGINT: roll back, checkpoint, exit), an immediate one (SIGQUIT) if that does not end it.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(15);

	private OrphanedPostmaster() {
	}

	/** The live postmaster that {@code postmaster.pid} names, if it is a postgres on this directory. */
	static Optional<ProcessHandle> find(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		List<String> lines;
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (lines.size() < 2) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		if (!sameDirectory(Path.of(lines.get(1).strip()), dataDirectory)) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isPostgresOn(p, dataDirectory));
	}

	/** Stops an orphan if there is one; returns whether there was. */
	static boolean shutDownIfPresent(Path dataDirectory) {
		Optional<ProcessHandle> orphan = find(dataDirectory);
		if (orphan.isEmpty()) {
			return false;
		}
		ProcessHandle postmaster = orphan.get();
		long started = System.nanoTime();
		if (!(signal(postmaster, "INT") && exited(postmaster, FAST_SHUTDOWN_WAIT))
				&& !(signal(postmaster, "QUIT") && exited(postmaster, IMMEDIATE_SHUTDOWN_WAIT))) {
			throw new OrphanedPostgresException(dataDirectory, postmaster.pid());
		}
		log.warn("Stopped the PostgreSQL (pid {}) that an earlier Dateline left running on {} when it died; starting afresh ({} ms).",
				postmaster.pid(), dataDirectory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		return true;
	}

	private static boolean isPostgresOn(ProcessHandle process, Path dataDirectory) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
		if (!postgres) {
			return false;
		}
		String[] arguments = info.arguments().orElse(null);
		if (arguments == null) {
			return true; // the command is postgres and postmaster.pid names this directory
		}
		for (int i = 0; i < arguments.length - 1; i++) {
			if (arguments[i].equals("-D") && sameDirectory(Path.of(arguments[i + 1]), dataDirectory)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameDirectory(Path a, Path b) {
		try {
			return a.toRealPath().equals(b.toRealPath());
		}
		catch (IOException ex) {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
		}
	}

	private static boolean signal(ProcessHandle process, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return kill.waitFor(10, TimeUnit.SECONDS) && (kill.exitValue() == 0 || !process.isAlive());
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean exited(ProcessHandle process, Duration wait) {
		try {
			process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
