package org.dateline.shared;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dateline.DatelineApplication;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectService;
import org.dateline.support.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken while the newsroom keeps writing restores into an empty directory, and a
 * PostgreSQL started on the restored copy has every story, revision and subject that was saved
 * before the backup began, and the media files.
 */
class BackupTests {

	private static final Clock BACKUP_CLOCK = Clock.fixed(Instant.parse("2026-03-15T09:30:00Z"), ZoneOffset.UTC);

	@TempDir
	Path dir;

	@Test
	void aBackupTakenDuringWritesRestoresEverySaveMadeBeforeItBegan() throws Exception {
		Path data = dir.resolve("data/postgres");
		Path media = dir.resolve("data/media");
		Files.createDirectories(media.resolve("ab"));
		byte[] picture = "not really a jpeg, but bytes that must come back".getBytes(StandardCharsets.UTF_8);
		Files.write(media.resolve("ab/cdef.jpg"), picture);

		Map<Long, String> revisionsBefore;
		List<Long> articlesBefore;
		List<Long> subjectsBefore;
		Path backup;
		AtomicInteger savesDuringBackup = new AtomicInteger();
		try (ConfigurableApplicationContext app = SpringApplication.run(DatelineApplication.class,
				"--dateline.embedded-database.enabled=true", "--dateline.embedded-database.data-directory=" + data,
				"--server.port=0")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			ArticleService articles = app.getBean(ArticleService.class);
			SubjectService subjects = app.getBean(SubjectService.class);
			long adminId = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
			Actor admin = new Actor(adminId, "admin", Role.ADMIN);
			long section = articles.sections().get(0).getId();
			for (int i = 0; i < 3; i++) {
				subjects.create(new SavePerson("Backed-up Person " + i, null, null, List.of(), "In the news", null),
						admin);
			}

			AtomicBoolean writing = new AtomicBoolean(true);
			ExecutorService writer = Executors.newSingleThreadExecutor();
			Future<?> writes = writer.submit(() -> {
				int n = 0;
				while (writing.get()) {
					var article = articles.create(save("Story " + n, "<p>First draft " + n + ".</p>", section, null), admin);
					articles.update(article.getId(), save("Story " + n, "<p>Second draft " + n + ".</p>", section, article.getVersion()), admin);
					savesDuringBackup.incrementAndGet();
					n++;
				}
				return null;
			});
			Eventually.await("five saves before the backup", Duration.ofSeconds(60), Duration.ofMillis(50),
					() -> savesDuringBackup.get() >= 5 || writes.isDone());
			assertThat(writes.isDone()).as("the writer is still saving").isFalse();
			revisionsBefore = new HashMap<>();
			jdbc.query("select id, body_html from article_revision", rs -> {
				revisionsBefore.put(rs.getLong(1), rs.getString(2));
			});
			articlesBefore = jdbc.queryForList("select id from article", Long.class);
			subjectsBefore = jdbc.queryForList("select id from subject", Long.class);
			int atStart = savesDuringBackup.get();

			backup = new Backups(System.out, data, media, BACKUP_CLOCK).backup(dir.resolve("backups"));

			int atEnd = savesDuringBackup.get();
			writing.set(false);
			writes.get();
			writer.shutdown();
			assertThat(atEnd).as("saves went on while the backup ran").isGreaterThan(atStart);
		}
		assertThat(backup.getFileName().toString()).as("named after the time the backup began").isEqualTo("dateline-20260315-093000");
		assertThat(Files.readString(backup.resolve(Backups.MANIFEST))).contains("online").contains("started=2026-03-15T09\\:30\\:00Z");

		Path restored = dir.resolve("restored/postgres");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = Backups.run(new String[] { "restore", backup.toString(), restored.toString() }, Map.of(),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(Files.readAllBytes(dir.resolve("restored/media/ab/cdef.jpg"))).isEqualTo(picture);

		try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(restored, 0);
				Connection connection = postgres.getDatabase(EmbeddedDatabaseCredentials.SUPERUSER, EmbeddedDatabaseConfiguration.DATABASE)
					.getConnection();
				Statement statement = connection.createStatement()) {
			Map<Long, String> revisionsAfter = new HashMap<>();
			try (ResultSet rs = statement.executeQuery("select id, body_html from article_revision")) {
				while (rs.next()) {
					revisionsAfter.put(rs.getLong(1), rs.getString(2));
				}
			}
			assertThat(revisionsAfter).containsAllEntriesOf(revisionsBefore);
			assertThat(ids(statement, "select id from article")).containsAll(articlesBefore);
			assertThat(ids(statement, "select id from subject")).containsAll(subjectsBefore).hasSizeGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void restoreRefusesADataDirectoryThatIsNotEmpty() throws Exception {
		Path backup = dir.resolve("backups/dateline-20260101-000000");
		Files.createDirectories(backup.resolve(Backups.DATABASE_DIRECTORY));
		Files.writeString(backup.resolve(Backups.MANIFEST), "started=2026-01-01T00:00:00Z\n");
		Path occupied = dir.resolve("data/postgres");
		Files.createDirectories(occupied);
		Files.writeString(occupied.resolve("PG_VERSION"), "17\n");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = Backups.run(new String[] { "restore", backup.toString(), occupied.toString() }, Map.of(),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("is not empty").contains("refuses to overwrite");
		assertThat(Files.readString(occupied.resolve("PG_VERSION"))).isEqualTo("17\n");
	}

	private static SaveArticle save(String headline, String body, long section, Long version) {
		return new SaveArticle(new ArticleContent(headline, null, body, "Oslo"), section, null, version);
	}

	private static List<Long> ids(Statement statement, String sql) throws Exception {
		List<Long> ids = new java.util.ArrayList<>();
		try (ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

}
