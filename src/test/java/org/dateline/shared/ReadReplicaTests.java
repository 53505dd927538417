package org.dateline.shared;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.dateline.DatelineApplication;
import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.Byline;
import org.dateline.article.section.SectionService;
import org.dateline.article.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dateline with {@code spring.datasource.replica.url} pointing at a real PostgreSQL streaming
 * replica of its database ({@link StreamingReplica}). Reader pages read the replica; the desk, and
 * every write, use the primary, so an editor reads their own save at once even while the replica
 * lags; and a reader never gets a page older than a change the instance has heard of, because
 * reader reads go to the primary until the replica has replayed it.
 */
@Tag("slow")
@TestInstance(Lifecycle.PER_CLASS)
class ReadReplicaTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	EmbeddedPostgres primary;

	StreamingReplica replica;

	ConfigurableApplicationContext app;

	Path work;

	long section;

	DeskUser editor;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	void start() throws Exception {
		work = Files.createTempDirectory("dateline-replica");
		primary = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("primary"))
			.setServerConfig("wal_level", "replica")
			.setServerConfig("max_wal_senders", "4")
			.start();
		try (Connection connection = primary.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database dateline");
		}
		replica = StreamingReplica.start(work.resolve("primary"), primary.getPort(), work.resolve("replica"), freePort());
		app = new SpringApplicationBuilder(DatelineApplication.class).run(
				"--server.port=0",
				"--spring.datasource.url=" + primary.getJdbcUrl("postgres", "dateline"),
				"--spring.datasource.username=postgres",
				"--spring.datasource.password=",
				"--spring.datasource.replica.url=" + replica.jdbcUrl("dateline"),
				"--dateline.embedded-database.enabled=false",
				"--dateline.demo=false",
				"--spring.main.banner-mode=off");
		editor = new TestAccounts(app).create(Role.EDITOR);
		section = app.getBean(SectionService.class).create("Harbour", null, 1).getId();
	}

	@AfterAll
	void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (replica != null) {
			replica.close();
		}
		if (primary != null) {
			primary.close();
		}
		if (work != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(work);
		}
	}

	@Test
	void readerWorkRunsOnTheReplicaAndEverythingElseOnThePrimary() throws Exception {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		AtomicReference<Boolean> recovery = new AtomicReference<>();
		awaitReplayed();
		app.getBean(ReaderReads.class).run(() -> recovery.set(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()));
		assertThat(recovery.get()).as("reader work's connection is the replica's").isTrue();
		assertThat(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()).as("anything else is the primary's").isFalse();

		Article story = publish("Ferry timetable doubled");
		awaitReplayed();
		ReplicaRouting routing = app.getBean(ReplicaRouting.class);
		long before = routing.readsOnReplica();
		HttpResponse<String> page = get("/articles/" + story.getSlug(), null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Ferry timetable doubled");
		assertThat(routing.readsOnReplica()).as("the page was read from the replica").isGreaterThan(before);
		assertThat(replica.log()).as("the replica ran the story page's query").contains("'" + story.getSlug() + "'");
	}

	@Test
	void theDeskReadsItsOwnWritesAndReadersNeverGetAPageOlderThanAChangeWhileTheReplicaLags() throws Exception {
		Article draft = draft("Quay repairs, first draft");
		awaitReplayed();
		replica.query("postgres", "select pg_wal_replay_pause()::text");
		try {
			String session = signIn();
			HttpResponse<String> form = get("/desk/articles/" + draft.getId(), session);
			Matcher csrf = CSRF.matcher(form.body());
			Matcher version = VERSION.matcher(form.body());
			assertThat(csrf.find() && version.find()).isTrue();
			HttpResponse<String> saved = post("/desk/articles/" + draft.getId(), session, "headline=Quay+repairs+begin+Monday"
					+ "&body=%3Cp%3EWork+starts+at+dawn.%3C%2Fp%3E&sectionId=" + section + "&version=" + version.group(1)
					+ "&_csrf=" + csrf.group(1));
			assertThat(saved.statusCode()).as("the save is accepted").isEqualTo(302);
			HttpResponse<String> reread = get("/desk/articles/" + draft.getId(), session);
			assertThat(reread.body()).as("the desk reads its own save from the primary").contains("Quay repairs begin Monday");
			assertThat(replica.query("dateline", "select count(*) from article where headline = 'Quay repairs begin Monday'"))
				.as("the replica has not replayed it").isEqualTo("0");

			ReplicaRouting routing = app.getBean(ReplicaRouting.class);
			long toPrimary = routing.readsSentToPrimary();
			Article story = publish("Lighthouse reopens");
			HttpResponse<String> page = get("/articles/" + story.getSlug(), null);
			assertThat(page.statusCode()).as("a reader sees the story although the replica lags").isEqualTo(200);
			assertThat(page.body()).contains("Lighthouse reopens");
			assertThat(routing.readsSentToPrimary()).as("read from the primary meanwhile").isGreaterThan(toPrimary);
		}
		finally {
			replica.query("postgres", "select pg_wal_replay_resume()::text");
		}
		awaitReplayed();
		assertThat(replica.query("dateline", "select headline from article where id = " + draft.getId()))
			.as("replicated once replay goes on").isEqualTo("Quay repairs begin Monday");
	}

	/** Waits until the replica has replayed everything the primary has written so far. */
	void awaitReplayed() throws Exception {
		String target;
		try (Connection connection = primary.getDatabase("postgres", "dateline").getConnection();
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery("select pg_current_wal_insert_lsn()::text")) {
			rs.next();
			target = rs.getString(1);
		}
		await("the replica replaying up to " + target).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
			.until(() -> "t".equals(replica.query("postgres",
					"select pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn")));
	}

	Article draft(String headline) {
		return new TestArticles(app, editor.toActor()).story(headline).dateline("Tollan").byline("Harbour Desk")
			.section(section).draft();
	}

	Article publish(String headline) {
		return app.getBean(ArticleService.class).publish(draft(headline).getId(), editor.toActor());
	}

	String base() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String session, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	String signIn() throws Exception {
		HttpResponse<String> login = get("/login", null);
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = post("/login", session(login), "username=" + editor.getUsername() + "&password="
				+ TestAccounts.PASSWORD.replace(" ", "+") + "&_csrf=" + csrf.group(1));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
		return session(signedIn);
	}

	static String session(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
