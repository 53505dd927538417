package org.dateline.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Fills a Dateline database with a realistic newsroom: sections, desk users and stories of about
 * 600 words over five years, with bylines, loaded in bulk with {@code COPY} into the same tables
 * the app uses. Prints a progress line every 10,000 stories.
 */
final class NewsroomGenerator {

	static final String[] SECTIONS = { "World", "Politics", "Business", "Technology", "Science", "Health", "Sport",
			"Culture", "Climate", "Education", "Local", "Opinion" };

	private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final DataSource dataSource;

	private final TextGenerator text;

	NewsroomGenerator(DataSource dataSource, long seed) {
		this.dataSource = dataSource;
		this.text = new TextGenerator(seed, 20_000);
	}

	TextGenerator text() {
		return text;
	}

	/** How many stories the database already holds. */
	long storyCount() throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				var rs = s.executeQuery("select count(*) from article")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	void generate(int stories, int wordsPerStory, Instant now) throws SQLException, IOException {
		long started = System.nanoTime();
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			List<Long> sections = sections(c);
			List<Long> users = users(c, now);
			PGConnection pg = c.unwrap(PGConnection.class);
			long firstId;
			try (Statement s = c.createStatement(); var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from article")) {
				rs.next();
				firstId = rs.getLong(1);
			}
			long span = Duration.ofDays(5 * 365).toSeconds();
			int batch = 5_000;
			for (int done = 0; done < stories; done += batch) {
				int n = Math.min(batch, stories - done);
				StringBuilder bylines = new StringBuilder();
				try (Writer articles = new java.io.OutputStreamWriter(new PGCopyOutputStream(pg, """
						copy article (id, slug, headline, dek, body_html, body_text, section_id, status, dateline,
						              created_by, created_at, updated_at, published_at, version)
						from stdin""", 1 << 20), StandardCharsets.UTF_8)) {
					for (int i = 0; i < n; i++) {
						long id = firstId + done + i;
						String headline = text.headline();
						List<String> paragraphs = text.paragraphs(wordsPerStory);
						StringBuilder html = new StringBuilder();
						for (String p : paragraphs) {
							html.append("<p>").append(p).append("</p>");
						}
						OffsetDateTime published = now.minusSeconds(text.nextLong(span)).atOffset(ZoneOffset.UTC);
						boolean live = text.nextInt(50) != 0;
						long author = users.get(text.nextInt(users.size()));
						String slug = slugOf(headline) + "-" + id;
						row(articles, Long.toString(id), slug, headline, text.sentence(14 + text.nextInt(8)),
								html.toString(), String.join("\n\n", paragraphs),
								Long.toString(sections.get(skewed(sections.size()))), live ? "PUBLISHED" : "DRAFT",
								TextGenerator.PLACES[text.nextInt(TextGenerator.PLACES.length)], Long.toString(author),
								TS.format(published.minusHours(2)), TS.format(published),
								live ? TS.format(published) : null, "1");
						bylines.append(id).append('\t').append(0).append('\t').append(author).append('\t')
							.append("Staff Writer ").append(author).append('\n');
					}
				}
				try (Writer out = new java.io.OutputStreamWriter(new PGCopyOutputStream(pg,
						"copy article_byline (article_id, position, user_id, name) from stdin"), StandardCharsets.UTF_8)) {
					out.write(bylines.toString());
				}
				c.commit();
				int total = done + n;
				if (total % 10_000 == 0 || total == stories) {
					double seconds = (System.nanoTime() - started) / 1e9;
					System.out.printf("  generated %,d of %,d stories (%.0f/s)%n", total, stories, total / seconds);
				}
			}
			try (Statement s = c.createStatement()) {
				s.execute("select setval('article_id_seq', (select max(id) from article))");
				c.commit();
			}
		}
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("vacuum analyze");
		}
		System.out.printf("  done in %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	/** Sections get stories unevenly, as in a real paper: World and Politics far more than Opinion. */
	private int skewed(int n) {
		double r = text.nextDouble();
		return (int) Math.min(n - 1, Math.floor(n * r * r));
	}

	private List<Long> sections(Connection c) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement s = c.createStatement()) {
			for (int i = 0; i < SECTIONS.length; i++) {
				s.execute("insert into section (slug, name, position) values ('" + SECTIONS[i].toLowerCase() + "', '"
						+ SECTIONS[i] + "', " + (i + 1) + ") on conflict (slug) do nothing");
			}
			try (var rs = s.executeQuery("select id from section order by position")) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids;
	}

	private List<Long> users(Connection c, Instant now) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement s = c.createStatement()) {
			for (int i = 1; i <= 40; i++) {
				s.execute("insert into app_user (username, display_name, password_hash, role, created_at) values "
						+ "('bench-writer-" + i + "', 'Staff Writer " + i + "', '{noop}not-for-sign-in', 'REPORTER', '"
						+ TS.format(now.atOffset(ZoneOffset.UTC)) + "') on conflict do nothing");
			}
			try (var rs = s.executeQuery("select id from app_user where username like 'bench-writer-%'")) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids;
	}

	static String slugOf(String headline) {
		String slug = headline.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
	}

	private static void row(Writer out, String... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.write('\t');
			}
			out.write(values[i] == null ? "\\N" : escape(values[i]));
		}
		out.write('\n');
	}

	private static String escape(String value) {
		StringBuilder sb = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
				case '\\' -> sb.append("\\\\");
				case '\t' -> sb.append("\\t");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				default -> sb.append(ch);
			}
		}
		return sb.toString();
	}

}
