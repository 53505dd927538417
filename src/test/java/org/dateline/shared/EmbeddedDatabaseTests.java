package org.dateline.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.dateline.DatelineApplication;
import org.dateline.support.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL that {@code ./mvnw spring-boot:run} uses: durable, password-protected,
 * data survives a restart, a second instance on the same data stops with a clear message, and a
 * PostgreSQL orphaned by a killed Dateline is stopped on the next start.
 */
@Tag("slow")
class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	@Test
	void aSecondLockOnTheSameDataDirectoryIsRefusedClearly() throws Exception {
		Path data = dir.resolve("postgres");
		try (var first = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(data)) {
			assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(data))
				.isInstanceOf(DataDirectoryLockedException.class)
				.hasMessageContaining("in use by another running Dateline");
		}
		try (var again = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(data)) {
			assertThat(again.dataDirectory()).isEqualTo(data.toAbsolutePath().normalize());
		}
	}

	@Test
	void dataWrittenBeforeARestartIsStillThereAfterIt() {
		Path data = dir.resolve("postgres");
		try (ConfigurableApplicationContext app = start(data)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			jdbc.update("insert into section (slug, name, position) values ('restart-check', 'Restart check', 9)");
		}
		try (ConfigurableApplicationContext app = start(data)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select name from section where slug = 'restart-check'", String.class))
				.isEqualTo("Restart check");
			assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
				.isEqualTo(1);
		}
	}

	@Test
	void theAppsDatabaseSyncsEveryCommitToDisk() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dir.resolve("postgres"), 0);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(show(statement, "fsync")).isEqualTo("on");
			assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(show(statement, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void onlyThePasswordInTheOwnerOnlyFileLetsAnyoneIn() throws Exception {
		Path data = dir.resolve("postgres");
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(data, 0)) {
			Path file = data.resolve(EmbeddedDatabaseCredentials.FILE_NAME);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
			assertThat(connectsWith(postgres, null)).isFalse();
			assertThat(connectsWith(postgres, "postgres")).isFalse();
			assertThat(connectsWith(postgres, Files.readString(file).strip())).isTrue();
		}
	}

	@Test
	void aDataDirectoryThatTrustedEveryLocalUserIsLockedDownOnItsNextStartKeepingItsData() throws Exception {
		Path data = dir.resolve("postgres");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
				Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('from the trusting days')");
		}
		assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");
		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(data, 0);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select note from kept")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("from the trusting days");
			assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
			assertThat(connectsWith(postgres, null)).isFalse();
		}
	}

	@Test
	void aPostgresLeftRunningByAKilledDatelineIsStoppedAndTheNextStartGoesOn() throws Exception {
		Path data = dir.resolve("postgres");
		long orphanPid;
		try (ChildJvm child = ChildJvm.start(dir, EmbeddedDatabaseChild.class, data.toString())) {
			child.awaitLine("READY", Duration.ofMinutes(3));
			child.kill();
			Optional<ProcessHandle> orphan = OrphanedPostmaster.find(data.toAbsolutePath());
			assertThat(orphan).as("the killed JVM's postgres lives on").isPresent();
			orphanPid = orphan.get().pid();
		}
		try (var lock = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(data);
				EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(lock.dataDirectory(), 0);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from written_before_kill")) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).as("the row the killed JVM committed").isEqualTo(1);
		}
		finally {
			ProcessHandle.of(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void aSecondDatelineOnDataARunningOneHoldsSaysSoInOneMessageWithoutAStackTrace() throws Exception {
		Path data = dir.resolve("postgres");
		try (ChildJvm holder = ChildJvm.start(dir, EmbeddedDatabaseChild.class, data.toString())) {
			holder.awaitLine("READY", Duration.ofMinutes(3));
			try (ChildJvm second = ChildJvm.start(dir, DatelineApplication.class, "--server.port=0", "--dateline.embedded-database.enabled=true",
					"--dateline.embedded-database.data-directory=" + data)) {
				assertThat(second.awaitExit(Duration.ofMinutes(3))).isNotZero();
				String output = second.output();
				assertThat(output).contains("is in use by another running Dateline")
					.contains("DATELINE_EMBEDDED_DATABASE_DATA_DIRECTORY")
					.doesNotContain("\tat ")
					.doesNotContain("Exception:");
			}
			assertThat(OrphanedPostmaster.find(data.toAbsolutePath())).as("the running one's database is untouched").isPresent();
		}
		OrphanedPostmaster.shutDownIfPresent(data.toAbsolutePath());
	}

	@Test
	void aMachineWithoutEmbeddedBinariesIsToldToUseARealPostgres() {
		assertThatThrownBy(() -> PostgresBinaries.checkPlatform("SunOS", "sparcv9"))
			.isInstanceOf(UnsupportedPlatformException.class)
			.hasMessageContaining("no binaries for SunOS on sparcv9");
		var analysis = new UnsupportedPlatformFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", new UnsupportedPlatformException("SunOS", "sparcv9")));
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
		PostgresBinaries.checkPlatform();
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (ResultSet rs = statement.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static boolean connectsWith(EmbeddedPostgres postgres, String password) {
		String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
		try (Connection ignored = DriverManager.getConnection(url, "postgres", password)) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private ConfigurableApplicationContext start(Path data) {
		return SpringApplication.run(DatelineApplication.class, "--dateline.embedded-database.enabled=true",
				"--dateline.embedded-database.data-directory=" + data, "--server.port=0");
	}

}
