package org.dateline.coverage;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over published stories with PostgreSQL: {@code websearch_to_tsquery}, so
 * quotes, {@code or} and {@code -word} work; the headline weighs most, then the dek, then the
 * body; results are ranked with {@code ts_rank_cd} and carry highlighted snippets.
 */
@Service
public class SearchService {

	public static final int MAX_QUERY_LENGTH = 500;

	public static final int PAGE_SIZE = 20;

	/**
	 * Ranking reads each candidate's whole vector, so it is bounded: the best matches are chosen from
	 * the newest {@value} that match, as news readers want recent stories. Every match is counted.
	 */
	public static final int RANK_WINDOW = 300;

	/** Snippets are cut from the opening of the story (about 600 words): parsing whole long bodies is slow. */
	static final int SNIPPET_SOURCE = 4_000;

	private static final char START = '\uE000';

	private static final char STOP = '\uE001';

	private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private final JdbcClient jdbc;

	private final Clock clock;

	SearchService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the reader asked: the text and optional filters ({@code null} for none). */
	public record Query(String text, Long sectionId, Instant from, Instant until, Long subjectId, int page) {

		public Query(String text, Long sectionId, Instant from, Instant until, int page) {
			this(text, sectionId, from, until, null, page);
		}

	}

	/** One result; {@code snippetHtml} is escaped text with the matches in {@code <mark>}. */
	public record Hit(String slug, String headline, String dek, String sectionName, Instant publishedAt,
			String snippetHtml) {
	}

	/**
	 * @param query the query as run, after trimming and cutting
	 * @param truncated whether the reader's query was cut to {@value #MAX_QUERY_LENGTH} characters
	 * @param meaningful whether the query had any searchable words (not only stop words or symbols)
	 * @param total how many stories match
	 */
	public record Results(String query, boolean truncated, boolean meaningful, List<Hit> hits, long total, int page) {

		/** Pages of ranked results: at most the ranking window's worth. */
		public int pages() {
			return (int) Math.max(1, (Math.min(total, RANK_WINDOW) + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		/** Whether more stories match than are ranked (only the newest {@link #RANK_WINDOW} are). */
		public boolean moreThanRanked() {
			return total > RANK_WINDOW;
		}

	}

	/** Cleans what the reader typed: control characters out, whitespace folded, cut at 500. */
	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		return CONTROL.matcher(raw).replaceAll(" ").strip().replaceAll("\\s+", " ");
	}

	public Results search(Query query) {
		String text = normalize(query.text());
		boolean truncated = text.length() > MAX_QUERY_LENGTH;
		if (truncated) {
			text = text.substring(0, MAX_QUERY_LENGTH);
		}
		int page = Math.max(1, query.page());
		if (text.isEmpty()) {
			return new Results(text, truncated, false, List.of(), 0, page);
		}
		boolean meaningful = jdbc.sql("select coalesce(numnode(websearch_to_tsquery('english', ?)), 0) > 0")
			.param(text)
			.query(Boolean.class)
			.single();
		if (!meaningful) {
			return new Results(text, truncated, false, List.of(), 0, page);
		}
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		OffsetDateTime from = query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC);
		OffsetDateTime until = query.until() == null ? null : query.until().atOffset(ZoneOffset.UTC);
		String matches = """
				with matches as materialized (
				    select a.id, a.published_at
				    from article a, websearch_to_tsquery('english', :text) q(query)
				    where a.status = 'PUBLISHED' and a.published_at <= :now and a.search_vector @@ q.query
				      and (cast(:section as bigint) is null or a.section_id = :section)
				      and (cast(:from as timestamptz) is null or a.published_at >= :from)
				      and (cast(:until as timestamptz) is null or a.published_at < :until)
				      and (cast(:subject as bigint) is null or exists (
				          select 1 from article_mention m where m.article_id = a.id and m.subject_id = :subject)))
				""";
		// Matches come from the GIN index as one bitmap scan (the materialized CTE keeps the planner
		// from walking the date index and unpacking every story's vector instead); the same scan
		// gives the count. The newest matches are ranked, and snippets made for the page's rows only.
		record Row(long total, Hit hit) {
		}
		List<Row> rows = jdbc.sql(matches + """
				, recent as (
				    select id, published_at from matches order by published_at desc, id desc limit :window)
				, ranked as (
				    select r.id, r.published_at, ts_rank_cd(a.search_vector, q.query) as rank
				    from recent r join article a on a.id = r.id, websearch_to_tsquery('english', :text) q(query)
				    order by rank desc, r.published_at desc, r.id desc
				    limit :limit offset :offset)
				select (select count(*) from matches), a.slug, a.headline, a.dek, s.name, a.published_at,
				       ts_headline('english', left(a.body_text, :snippetSource), q.query, :options) as snippet
				from ranked
				join article a on a.id = ranked.id
				join section s on s.id = a.section_id
				cross join websearch_to_tsquery('english', :text) q(query)
				order by ranked.rank desc, ranked.published_at desc, ranked.id desc""")
			.param("text", text).param("now", now).param("section", query.sectionId())
			.param("from", from).param("until", until).param("subject", query.subjectId())
			.param("options", HEADLINE_OPTIONS).param("window", RANK_WINDOW).param("snippetSource", SNIPPET_SOURCE)
			.param("limit", PAGE_SIZE).param("offset", (long) (page - 1) * PAGE_SIZE)
			.query((rs, n) -> new Row(rs.getLong(1), new Hit(rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), highlight(rs.getString(7)))))
			.list();
		List<Hit> hits = rows.stream().map(Row::hit).toList();
		long total = rows.isEmpty() ? count(matches, text, now, query, from, until) : rows.get(0).total();
		return new Results(text, truncated, true, hits, total, page);
	}

	/** How many stories match, for a page past the ranked results (or none at all). */
	private long count(String matches, String text, OffsetDateTime now, Query query, OffsetDateTime from,
			OffsetDateTime until) {
		return jdbc.sql(matches + "select count(*) from matches")
			.param("text", text).param("now", now).param("section", query.sectionId())
			.param("from", from).param("until", until).param("subject", query.subjectId())
			.query(Long.class)
			.single();
	}

	/** Escapes the snippet, then turns the match markers into {@code <mark>} elements. */
	static String highlight(String snippet) {
		if (snippet == null) {
			return "";
		}
		String escaped = Entities.escape(snippet.replace('\n', ' '));
		return escaped.replace(String.valueOf(START), "<mark>").replace(String.valueOf(STOP), "</mark>");
	}

}
