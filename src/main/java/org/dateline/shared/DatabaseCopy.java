package org.dateline.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The database half of a {@link Backups backup}: the online copy taken between
 * {@code pg_backup_start} and {@code pg_backup_stop} while Dateline runs, or the stopped directory
 * copied under the Dateline lock.
 */
final class DatabaseCopy {

	private DatabaseCopy() {
	}

	static void online(Path dataDirectory, Path target, Properties manifest) throws IOException, SQLException {
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
			BackupFiles.copyTree(dataDirectory, target, BackupFiles::copied);
			String label;
			String tablespaceMap;
			String stopLsn;
			try (ResultSet rs = statement.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
				rs.next();
				stopLsn = rs.getString(1);
				label = rs.getString(2);
				tablespaceMap = rs.getString(3);
			}
			BackupFiles.copyWal(dataDirectory, target.resolve("pg_wal"));
			Files.writeString(target.resolve("backup_label"), label, StandardCharsets.UTF_8);
			if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
				Files.writeString(target.resolve("tablespace_map"), tablespaceMap, StandardCharsets.UTF_8);
			}
			manifest.setProperty("mode", "online, while Dateline ran");
			manifest.setProperty("start-lsn", startLsn);
			manifest.setProperty("stop-lsn", stopLsn);
		}
		BackupFiles.ownerOnly(target);
	}

	static void offline(Path dataDirectory, Path target, Properties manifest) throws IOException {
		try (var lock = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(dataDirectory)) {
			if (OrphanedPostmaster.find(dataDirectory).isPresent()) {
				throw new BackupException("Dateline started while the backup began; run the backup again.");
			}
			BackupFiles.copyTree(dataDirectory, target, BackupFiles::copied);
			BackupFiles.copyWal(dataDirectory, target.resolve("pg_wal"));
			manifest.setProperty("mode", "offline, Dateline was stopped");
		}
		catch (DataDirectoryLockedException ex) {
			throw new BackupException("Dateline is starting or stopping on " + dataDirectory + "; run the backup again in a minute.");
		}
		BackupFiles.ownerOnly(target);
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
