package org.dateline.shared;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a child JVM by the tests: holds the Dateline lock on a data directory, starts the
 * embedded database as the application does, writes one row, prints {@code READY}, and waits to
 * be killed.
 */
public final class EmbeddedDatabaseChild {

	private EmbeddedDatabaseChild() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDirectory = Path.of(args[0]);
		EmbeddedDatabaseConfiguration.DataDirectoryLock lock = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(lock.dataDirectory(), 0);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists written_before_kill (note text)");
			statement.execute("insert into written_before_kill values ('acknowledged')");
		}
		System.out.println("READY " + postgres.getPort());
		System.out.flush();
		// hold the lock and the database until the test kills this JVM
		new CountDownLatch(1).await();
	}

}
