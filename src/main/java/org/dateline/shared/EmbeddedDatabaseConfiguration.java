package org.dateline.shared;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. The data lives in
 * {@code dateline.embedded-database.data-directory} ({@code ./data/postgres}) and survives
 * restarts. The server starts before the {@link DataSource} (and so before Flyway) and stops
 * after it, when the context closes on Ctrl-C or SIGTERM.
 * <p>
 * The lock beside the data directory is taken earlier, by {@link EmbeddedDatabaseLockInitializer},
 * which also stops a PostgreSQL that a dead Dateline left running.
 * <p>
 * Off when {@code SPRING_DATASOURCE_URL} (or {@code spring.datasource.url}) is set, which is how
 * Dateline runs in production, and in tests, which bring their own embedded databases.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${dateline.embedded-database.enabled:true} and '${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "dateline";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DataDirectoryLock lock) throws IOException {
		Path dataDirectory = lock.dataDirectory();
		log.info("Starting embedded PostgreSQL with its data in {}", dataDirectory);
		EmbeddedPostgres postgres = start(dataDirectory, 0);
		createDatabaseIfMissing(postgres);
		return postgres;
	}

	/**
	 * Starts the embedded server the way the application runs it: durable ({@code fsync} and
	 * {@code synchronous_commit} on, where zonky's test defaults turn both off), listening on this
	 * machine only, with password sign-in. The caller holds the {@link DataDirectoryLock}, so a
	 * postmaster still running on the directory is an orphan of a dead Dateline and is stopped
	 * first.
	 * @param port the port, or 0 for any free one
	 */
	static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
		PostgresBinaries.checkPlatform();
		OrphanedPostmaster.shutDownIfPresent(dataDirectory);
		String password = EmbeddedDatabaseCredentials.passwordFor(dataDirectory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setConnectConfig("password", password)
			.setDataDirectoryCustomizer(dir -> EmbeddedDatabaseCredentials.secure(dir.toPath(), password))
			.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, DataDirectoryLock lock) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedDatabaseCredentials.SUPERUSER, DATABASE));
		dataSource.setUsername(EmbeddedDatabaseCredentials.SUPERUSER);
		dataSource.setPassword(EmbeddedDatabaseCredentials.passwordFor(lock.dataDirectory()));
		dataSource.setPoolName("dateline-embedded");
		return dataSource;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			log.info("Created database '{}' in the embedded PostgreSQL", DATABASE);
		}
		catch (SQLException ex) {
			throw new IOException("Could not prepare the embedded database", ex);
		}
	}

	/**
	 * An exclusive lock on a file beside the data directory, held while this process runs, so
	 * that a second Dateline started on the same data stops at once instead of touching files
	 * another PostgreSQL owns.
	 */
	static final class DataDirectoryLock implements AutoCloseable {

		private final Path dataDirectory;

		private final FileChannel channel;

		private final FileLock lock;

		private DataDirectoryLock(Path dataDirectory, FileChannel channel, FileLock lock) {
			this.dataDirectory = dataDirectory;
			this.channel = channel;
			this.lock = lock;
		}

		static DataDirectoryLock acquire(Path configured) {
			Path dataDirectory = configured.toAbsolutePath().normalize();
			Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
			FileChannel channel = null;
			try {
				Files.createDirectories(dataDirectory);
				channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock();
				if (lock == null) {
					throw new DataDirectoryLockedException(dataDirectory);
				}
				return new DataDirectoryLock(dataDirectory, channel, lock);
			}
			catch (OverlappingFileLockException ex) {
				closeQuietly(channel);
				throw new DataDirectoryLockedException(dataDirectory);
			}
			catch (IOException ex) {
				closeQuietly(channel);
				throw new IllegalStateException("Cannot use " + dataDirectory + " for the embedded database: " + ex.getMessage(), ex);
			}
			catch (DataDirectoryLockedException ex) {
				closeQuietly(channel);
				throw ex;
			}
		}

		Path dataDirectory() {
			return dataDirectory;
		}

		@Override
		public void close() throws IOException {
			lock.release();
			channel.close();
		}

		void closeQuietly() {
			try {
				close();
			}
			catch (IOException ignored) {
				// released with the process anyway
			}
		}

		private static void closeQuietly(FileChannel channel) {
			if (channel != null) {
				try {
					channel.close();
				}
				catch (IOException ignored) {
					// nothing more to release
				}
			}
		}

	}

}
