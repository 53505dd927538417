package org.dateline.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dateline.DatelineApplication;
import org.dateline.shared.EmbeddedDatabaseCredentials;
import org.dateline.shared.EmbeddedPostgresControl;
import org.dateline.support.ChildJvm;
import org.dateline.support.Eventually;

/**
 * Dateline as the suite's scenarios run it: the real application in a child JVM, on its durable
 * embedded database in a data directory of the scenario's own, on a loopback port.
 */
final class SuiteApp {

	private final Path work;

	private final Path data;

	private final int port;

	SuiteApp(Path work) throws IOException {
		this.work = work;
		this.data = work.resolve("postgres");
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
	}

	int port() {
		return port;
	}

	Path data() {
		return data;
	}

	/**
	 * Starts Dateline with these extra arguments and waits until its health says UP; fails (with
	 * the child's output) when it does not come up within twenty minutes.
	 */
	ChildJvm start(String... extra) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--dateline.embedded-database.enabled=true",
				"--dateline.embedded-database.data-directory=" + data));
		arguments.addAll(List.of(extra));
		ChildJvm app = ChildJvm.start(work, DatelineApplication.class, arguments.toArray(String[]::new));
		DeskClient probe = new DeskClient(port);
		if (!Eventually.within(Duration.ofMinutes(20), Duration.ofMillis(200), () -> probe.healthy() || !app.alive())
				|| !app.alive()) {
			String output = app.output();
			app.kill();
			stopDatabase();
			throw new IllegalStateException("Dateline did not come up within 20 minutes:\n" + output);
		}
		return app;
	}

	/** Stops the PostgreSQL a killed app left running on the data directory, if any. */
	void stopDatabase() {
		try {
			EmbeddedPostgresControl.stopIfRunning(data);
		}
		catch (Exception ex) {
			System.out.println("Could not stop the PostgreSQL on " + data + ": " + ex.getMessage());
		}
	}

	/** A connection to the running app's database, as its superuser. */
	Connection connect() throws IOException, SQLException {
		List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/dateline", "postgres",
				EmbeddedDatabaseCredentials.storedPassword(data));
	}

}
