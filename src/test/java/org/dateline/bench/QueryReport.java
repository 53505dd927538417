package org.dateline.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.dateline.coverage.StoryCoverage;
import org.dateline.coverage.SubjectTimelines;

/**
 * EXPLAIN ANALYZE of the hot read queries, with values typical of real requests. The statements are
 * those the pages run (the per-page lists from pg_stat_statements in the report show them as the
 * app sent them); here they are spelled out with concrete values so PostgreSQL can execute them.
 */
final class QueryReport {

	private QueryReport() {
	}

	static List<BenchmarkHarness.Explained> explain(DataSource db) throws SQLException {
		String slug = one(db, "select slug from article where status = 'PUBLISHED' order by published_at desc offset 500 limit 1");
		String section = one(db, "select slug from section order by position limit 1");
		String word = one(db, """
				select word from ts_stat('select search_vector from article where id % 50 = 0')
				where ndoc between 200 and 2000 order by word limit 1""");
		String word2 = one(db, """
				select word from ts_stat('select search_vector from article where id % 50 = 0')
				where ndoc between 200 and 2000 order by word desc limit 1""");
		String hotStory = one(db, """
				select m.article_id from article_mention m
				join (select subject_id from article_mention group by subject_id order by count(*) desc limit 10) hot
				  using (subject_id)
				where m.published_at is not null group by m.article_id order by count(*) desc, m.article_id limit 1""");
		String topSubject = one(db, "select subject_id from article_mention group by subject_id order by count(*) desc limit 1");
		String typicalSubject = one(db, """
				select subject_id from article_mention group by subject_id having count(*) between 10 and 30
				order by subject_id limit 1""");
		List<String[]> subjectQueries = hotStory.isEmpty() ? List.of() : List.of(
				new String[] { "story", "expanded coverage (a story linked to the 10 most-linked subjects)",
						bind(StoryCoverage.EXPANDED_SQL, "id", hotStory, "at",
								"(select published_at from article where id = " + hotStory + ")", "now", "now()", "window",
								"100", "halfLife", "30", "limit", "6") },
				new String[] { "subject", "timeline page 1 of the most-linked subject", bind(SubjectTimelines.TIMELINE_SQL,
						"subject", topSubject, "now", "now()", "limit", "20", "offset", "0") },
				new String[] { "subject", "timeline page 50 of the most-linked subject", bind(SubjectTimelines.TIMELINE_SQL,
						"subject", topSubject, "now", "now()", "limit", "20", "offset", "980") },
				new String[] { "subject", "timeline page 1 of a subject in 10-30 stories", bind(SubjectTimelines.TIMELINE_SQL,
						"subject", typicalSubject, "now", "now()", "limit", "20", "offset", "0") },
				new String[] { "subject", "often in the same stories (most-linked subject)", bind(SubjectTimelines.COMPANIONS_SQL,
						"subject", topSubject, "now", "now()", "window", "500", "limit", "8") });
		List<String[]> queries = new ArrayList<>(subjectQueries);
		queries.addAll(List.of(
				new String[] { "story", "story by slug", """
						select a.id, a.slug, a.headline, a.dek, a.body_html, s.name, s.slug, a.dateline, a.published_at,
						       a.content_updated_at
						from article a join section s on s.id = a.section_id
						where a.slug = '%s' and a.status = 'PUBLISHED' and a.published_at <= now()""".formatted(slug) },
				new String[] { "story", "bylines of a story", """
						select b.name from article a join article_byline b on b.article_id = a.id
						where a.id = (select id from article where slug = '%s') order by b.position""".formatted(slug) },
				new String[] { "front", "latest 10", """
						select a.slug, a.headline from article a join section s on s.id = a.section_id
						where a.status = 'PUBLISHED' and a.published_at <= now()
						order by a.published_at desc, a.id desc limit 10""" },
				new String[] { "front", "4 newest per section (lateral)", """
						select a.slug, a.headline, s.name from section s cross join lateral (
						  select * from article a where a.section_id = s.id and a.status = 'PUBLISHED'
						  and a.published_at <= now() order by a.published_at desc, a.id desc limit 4) a
						order by s.position, s.name, a.published_at desc""" },
				new String[] { "section", "section page 1 count", """
						select count(*) from article a join section s on s.id = a.section_id
						where s.slug = '%s' and a.status = 'PUBLISHED' and a.published_at <= now()""".formatted(section) },
				new String[] { "section", "section page 1 rows", """
						select a.slug, a.headline from article a join section s on s.id = a.section_id
						where s.slug = '%s' and a.status = 'PUBLISHED' and a.published_at <= now()
						order by a.published_at desc, a.id desc limit 20 offset 0""".formatted(section) },
				new String[] { "search", "its matches alone (GIN bitmap scan)", """
						with matches as materialized (select a.id, a.published_at
						  from article a, websearch_to_tsquery('english', '%s %s') q(query)
						  where a.status = 'PUBLISHED' and a.published_at <= now() and a.search_vector @@ q.query)
						select count(*) from matches""".formatted(word, word2) },
				new String[] { "search", "the search: count, best 20 of the newest 300, snippets", """
						with matches as materialized (select a.id, a.published_at
						  from article a, websearch_to_tsquery('english', '%s %s') q(query)
						  where a.status = 'PUBLISHED' and a.published_at <= now() and a.search_vector @@ q.query),
						recent as (select id, published_at from matches order by published_at desc, id desc limit 300),
						ranked as (select r.id, r.published_at, ts_rank_cd(a.search_vector, q.query) as rank
						  from recent r join article a on a.id = r.id, websearch_to_tsquery('english', '%s %s') q(query)
						  order by rank desc, r.published_at desc, r.id desc limit 20)
						select (select count(*) from matches), a.slug, ts_headline('english', left(a.body_text, 4000), q.query) from ranked
						join article a on a.id = ranked.id cross join websearch_to_tsquery('english', '%s %s') q(query)
						order by ranked.rank desc""".formatted(word, word2, word, word2, word, word2) },
				new String[] { "feed", "30 newest with bodies", """
						select a.id, a.body_html from article a join section s on s.id = a.section_id
						where a.status = 'PUBLISHED' and a.published_at <= now()
						order by a.published_at desc, a.id desc limit 30""" }));
		List<BenchmarkHarness.Explained> results = new ArrayList<>();
		for (String[] q : queries) {
			double[] times = new double[3];
			String plan = "";
			for (int i = 0; i < 3; i++) {
				StringBuilder text = new StringBuilder();
				try (Connection c = db.getConnection(); Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("explain (analyze, buffers) " + q[2])) {
					while (rs.next()) {
						String line = rs.getString(1);
						text.append(line).append('\n');
						if (line.startsWith("Execution Time:")) {
							times[i] = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
						}
					}
				}
				plan = text.toString();
			}
			results.add(new BenchmarkHarness.Explained(q[0], q[1], BenchmarkHarness.median(times), plan));
		}
		return results;
	}

	/** The query with each {@code :name} replaced by a literal value. */
	static String bind(String sql, String... namesAndValues) {
		String bound = sql;
		for (int i = 0; i < namesAndValues.length; i += 2) {
			bound = bound.replaceAll(":" + namesAndValues[i] + "\\b",
					java.util.regex.Matcher.quoteReplacement(namesAndValues[i + 1]));
		}
		return bound;
	}

	private static String one(DataSource db, String sql) throws SQLException {
		try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : "";
		}
	}

}
