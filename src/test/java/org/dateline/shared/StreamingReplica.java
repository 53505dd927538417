package org.dateline.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A real PostgreSQL streaming replica of a running primary, made as an operator would without
 * {@code pg_basebackup} (the embedded binaries have only {@code initdb}, {@code pg_ctl} and
 * {@code postgres}): a physical replication slot on the primary, an online base backup with
 * {@code pg_backup_start}/{@code pg_backup_stop} copied the way {@link Backups} copies one,
 * {@code standby.signal} and {@code primary_conninfo}, then the same {@code postgres} binary on
 * another port. The WAL from the backup's checkpoint on is streamed from the slot.
 */
public final class StreamingReplica implements AutoCloseable {

	static final String SLOT = "dateline_replica";

	private final Path dataDirectory;

	private final Path log;

	private final int port;

	private StreamingReplica(Path dataDirectory, Path log, int port) {
		this.dataDirectory = dataDirectory;
		this.log = log;
		this.port = port;
	}

	/**
	 * Seeds a replica of the primary at {@code primaryPort} (whose data directory is
	 * {@code primaryData}, superuser {@code postgres} without a password, as zonky's test server
	 * has it) into {@code into}, and starts it on {@code port}, logging every statement it runs.
	 */
	public static StreamingReplica start(Path primaryData, int primaryPort, Path into, int port)
			throws IOException, SQLException {
		String primaryUrl = "jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres";
		List<String> settings = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(primaryUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			// a hot standby needs at least the primary's values of these
			for (String name : List.of("max_connections", "max_worker_processes", "max_wal_senders",
					"max_prepared_transactions", "max_locks_per_transaction")) {
				settings.add("-c");
				settings.add(name + "=" + single(statement, "show " + name));
			}
			statement.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
			single(statement, "select pg_backup_start('dateline replica', true)::text");
			BackupFiles.copyDataDirectory(primaryData, into);
			try (ResultSet rs = statement.executeQuery("select labelfile from pg_backup_stop(false)")) {
				rs.next();
				Files.writeString(into.resolve("backup_label"), rs.getString(1), StandardCharsets.UTF_8);
			}
		}
		Files.createFile(into.resolve("standby.signal"));
		Files.writeString(into.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=127.0.0.1 port=" + primaryPort
				+ " user=postgres application_name=dateline_replica'\nprimary_slot_name = '" + SLOT + "'\n",
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Path log = into.resolveSibling(into.getFileName() + ".log");
		List<String> arguments = new ArrayList<>(List.of("-D", into.toString(), "-p", Integer.toString(port),
				"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "hot_standby=on",
				"-c", "fsync=off", "-c", "log_statement=all", "-c", "logging_collector=off"));
		arguments.addAll(settings);
		new ProcessBuilder(PostgresBinaries.command("postgres", arguments.toArray(String[]::new)))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		StreamingReplica replica = new StreamingReplica(into, log, port);
		await("the replica accepting connections").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
			.ignoreExceptions()
			.until(() -> replica.inRecovery());
		return replica;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
	}

	boolean inRecovery() throws SQLException {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			return "t".equals(single(statement, "select pg_is_in_recovery()"));
		}
	}

	/** Runs one statement on the replica, such as {@code select pg_wal_replay_pause()}. */
	public String query(String database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			return single(statement, sql);
		}
	}

	/** Everything the replica has logged, its statements included. */
	public String log() throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	@Override
	public void close() {
		EmbeddedPostgresControl.stopIfRunning(dataDirectory);
	}

}
