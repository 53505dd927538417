package org.dateline.shared;

import java.nio.file.Path;

import org.dateline.DatelineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL that {@code ./mvnw spring-boot:run} uses: data survives a restart, and
 * a second instance on the same data stops with a clear message.
 */
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

	private ConfigurableApplicationContext start(Path data) {
		return SpringApplication.run(DatelineApplication.class, "--dateline.embedded-database.enabled=true",
				"--dateline.embedded-database.data-directory=" + data, "--server.port=0");
	}

}
