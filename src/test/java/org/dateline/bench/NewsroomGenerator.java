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

import org.dateline.subject.SubjectNames;
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

	/** How many subjects the database already holds. */
	long subjectCount() throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				var rs = s.executeQuery("select count(*) from subject")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Adds {@code count} subjects: 45% people (each with their surname as an alias and one or two
	 * roles in organizations), 35% organizations (an acronym alias, some with a parent) and 20%
	 * events (with three participants). Loaded with COPY, like the stories.
	 */
	void generateSubjects(int count, Instant now) throws SQLException, IOException {
		long started = System.nanoTime();
		int people = count * 45 / 100;
		int organizations = count * 35 / 100;
		int events = count - people - organizations;
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			PGConnection pg = c.unwrap(PGConnection.class);
			long first;
			try (Statement s = c.createStatement(); var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from subject")) {
				rs.next();
				first = rs.getLong(1);
			}
			String at = TS.format(now.atOffset(ZoneOffset.UTC));
			StringBuilder subjects = new StringBuilder();
			StringBuilder persons = new StringBuilder();
			StringBuilder orgs = new StringBuilder();
			StringBuilder evts = new StringBuilder();
			StringBuilder aliases = new StringBuilder();
			StringBuilder affiliations = new StringBuilder();
			StringBuilder participants = new StringBuilder();
			java.util.Set<String> slugs = new java.util.HashSet<>();
			long orgFirst = first + people;
			long id = first;
			for (int i = 0; i < count; i++, id++) {
				String kind;
				String name;
				if (i < people) {
					kind = "PERSON";
					name = text.personName();
				}
				else if (i < people + organizations) {
					kind = "ORGANIZATION";
					name = text.organizationName();
				}
				else {
					kind = "EVENT";
					name = text.eventName();
				}
				String slug = slugOf(name);
				if (!slugs.add(slug)) {
					slug = slug + "-" + id;
					slugs.add(slug);
				}
				append(subjects, Long.toString(id), kind, slug, name, SubjectNames.normalize(name),
						text.sentence(18), at, at, "0");
				switch (kind) {
					case "PERSON" -> {
						append(persons, Long.toString(id), text.sentence(6));
						String surname = name.substring(name.lastIndexOf(' ') + 1);
						append(aliases, Long.toString(id), surname, SubjectNames.normalize(surname));
						int roles = 1 + text.nextInt(2);
						java.util.Set<Long> seen = new java.util.HashSet<>();
						for (int r = 0; r < roles; r++) {
							long org = orgFirst + skewedIndex(organizations);
							if (seen.add(org)) {
								append(affiliations, Long.toString(id), Long.toString(org), text.contentWord(),
										r == 0 ? "true" : "false");
							}
						}
					}
					case "ORGANIZATION" -> {
						long parent = i > people + 50 && text.nextInt(5) == 0 ? orgFirst + text.nextInt(i - people) : -1;
						append(orgs, Long.toString(id), "GOVERNMENT_BODY", "Valdoria", parent < 0 ? null : Long.toString(parent));
						String acronym = acronym(name);
						if (acronym.length() >= 2 && !SubjectNames.normalize(acronym).equals(SubjectNames.normalize(name))) {
							append(aliases, Long.toString(id), acronym, SubjectNames.normalize(acronym));
						}
					}
					default -> {
						append(evts, Long.toString(id), "MEETING", "DAY",
								now.atOffset(ZoneOffset.UTC).minusDays(text.nextInt(5 * 365)).toLocalDate().toString(),
								"Tollan", "CONCLUDED");
						java.util.Set<Long> seen = new java.util.HashSet<>();
						for (int p = 0; p < 3; p++) {
							long who = first + skewedIndex(people + organizations);
							if (seen.add(who)) {
								append(participants, Long.toString(id), Long.toString(who), "Delegate");
							}
						}
					}
				}
			}
			copy(pg, "copy subject (id, kind, slug, name, normalized_name, summary, created_at, updated_at, version) from stdin", subjects);
			copy(pg, "copy person (id, description) from stdin", persons);
			copy(pg, "copy organization (id, org_kind, country, parent_id) from stdin", orgs);
			copy(pg, "copy event (id, event_kind, precision, start_date, place, status) from stdin", evts);
			copy(pg, "copy subject_alias (subject_id, name, normalized) from stdin", aliases);
			copy(pg, "copy affiliation (person_id, organization_id, role, current) from stdin", affiliations);
			copy(pg, "copy event_participant (event_id, subject_id, role) from stdin", participants);
			try (Statement s = c.createStatement()) {
				s.execute("select setval('subject_id_seq', (select max(id) from subject))");
			}
			c.commit();
		}
		System.out.printf("  generated %,d subjects in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Links every story to about {@code perStory} subjects with a realistic skew: a few subjects
	 * (a head of government, a national team) are in tens of thousands of stories, most in a
	 * handful. The first one or two links of a story are primary.
	 */
	void generateMentions(int perStory) throws SQLException, IOException {
		long started = System.nanoTime();
		long mentions = 0;
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			PGConnection pg = c.unwrap(PGConnection.class);
			List<Long> subjectIds = new ArrayList<>();
			try (Statement s = c.createStatement(); var rs = s.executeQuery("select id from subject order by id")) {
				while (rs.next()) {
					subjectIds.add(rs.getLong(1));
				}
			}
			// the rank order of popularity is shuffled so that every kind has popular subjects
			java.util.Collections.shuffle(subjectIds, new java.util.Random(7));
			try (Statement s = c.createStatement()) {
				// this loader writes published_at itself (the trigger would look each story up)
				s.execute("alter table article_mention disable trigger article_mention_published");
			}
			StringBuilder out = new StringBuilder();
			try (Statement s = c.createStatement();
					var rs = s.executeQuery("select id, case when status = 'PUBLISHED' then published_at end from article where id not in (select article_id from article_mention)")) {
				while (rs.next()) {
					long article = rs.getLong(1);
					String published = rs.getString(2);
					int links = Math.max(1, perStory - 3 + text.nextInt(7));
					java.util.Set<Long> chosen = new java.util.LinkedHashSet<>();
					for (int tries = 0; chosen.size() < links && tries < links * 4; tries++) {
						chosen.add(subjectIds.get(skewedIndex(subjectIds.size())));
					}
					int n = 0;
					int primaries = 1 + text.nextInt(2);
					for (long subject : chosen) {
						append(out, Long.toString(article), Long.toString(subject), n++ < primaries ? "PRIMARY" : "MENTIONED",
								"MANUAL", published == null ? null : published);
						mentions++;
					}
					if (out.length() > (8 << 20)) {
						copy(pg, "copy article_mention (article_id, subject_id, prominence, source, published_at) from stdin", out);
						out.setLength(0);
						System.out.printf("  linked %,d mentions%n", mentions);
					}
				}
			}
			copy(pg, "copy article_mention (article_id, subject_id, prominence, source, published_at) from stdin", out);
			try (Statement s = c.createStatement()) {
				s.execute("alter table article_mention enable trigger article_mention_published");
			}
			c.commit();
		}
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("vacuum analyze");
		}
		System.out.printf("  linked %,d mentions in %.1f s%n", mentions, (System.nanoTime() - started) / 1e9);
	}

	/** An index in [0, n) where low indexes are far more likely: P(index < k) = (k/n)^(1/3). */
	private int skewedIndex(int n) {
		double r = text.nextDouble();
		return (int) Math.min(n - 1, Math.floor(n * r * r * r));
	}

	private static String acronym(String name) {
		StringBuilder sb = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				sb.append(word.charAt(0));
			}
		}
		return sb.toString();
	}

	private static void append(StringBuilder out, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			out.append(values[i] == null ? "\\N" : escape(values[i]));
		}
		out.append('\n');
	}

	private static void copy(PGConnection pg, String sql, StringBuilder rows) throws SQLException, IOException {
		if (rows.length() == 0) {
			return;
		}
		try (Writer out = new java.io.OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 20), StandardCharsets.UTF_8)) {
			out.write(rows.toString());
		}
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
