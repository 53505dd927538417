package org.dateline.coverage;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.article.reader.ArticleTeaser;
import org.dateline.coverage.SubjectPages.Companion;
import org.dateline.coverage.SubjectPages.Entry;
import org.dateline.coverage.SubjectPages.Month;
import org.dateline.coverage.SubjectPages.Timeline;
import org.dateline.shared.DatelineProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.dateline.coverage.SubjectPages.TIMELINE_PAGE_SIZE;

/**
 * The coverage side of a subject page: one page of its timeline of published stories, and the
 * subjects most often in the same stories. Each is one statement on the mention index, whatever
 * the number of stories.
 */
@Component
public final class SubjectTimelines {

	/** The subjects "often in the same stories" are counted over this many of the newest stories. */
	static final int CO_MENTION_WINDOW = 500;

	static final int CO_MENTION_LIMIT = 8;

	/**
	 * One page of a subject's timeline with the total (both from the covering index alone), with
	 * named parameters {@code :subject},
	 * {@code :now}, {@code :limit} and {@code :offset}. Public for the benchmark's query report.
	 */
	public static final String TIMELINE_SQL = """
			select (select count(*) from article_mention c
			        where c.subject_id = :subject and c.published_at is not null and c.published_at <= :now),
			       m.prominence = 'PRIMARY', %s
			from (select article_id, published_at, prominence from article_mention
			      where subject_id = :subject and published_at is not null and published_at <= :now
			      order by published_at desc, article_id desc
			      limit :limit offset :offset) m
			join article a on a.id = m.article_id
			join section s on s.id = a.section_id
			order by m.published_at desc, m.article_id desc""".formatted(ArticleTeaser.COLUMNS);

	/**
	 * The subjects most often in the same stories, with {@code :subject}, {@code :now},
	 * {@code :window} and {@code :limit}. Public for the benchmark's query report.
	 */
	public static final String COMPANIONS_SQL = """
				with recent as (
				    select article_id from article_mention
				    where subject_id = :subject and published_at is not null and published_at <= :now
				    order by published_at desc limit :window)
				select s.kind, s.name, s.slug, count(*) as together
				from recent r
				join article_mention m on m.article_id = r.article_id and m.subject_id <> :subject
				join subject s on s.id = m.subject_id
				group by s.id, s.kind, s.name, s.slug
				order by together desc, s.name
				limit :limit""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	SubjectTimelines(JdbcClient jdbc, Clock clock, DatelineProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = properties.zone();
	}

	/** One page of the subject's published stories, newest first, grouped by month in the newsroom's zone. */
	Timeline timeline(long subjectId, int page) {
		record Row(long total, Entry entry) {
		}
		List<Row> rows = jdbc.sql(TIMELINE_SQL)
			.param("subject", subjectId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("limit", TIMELINE_PAGE_SIZE)
			.param("offset", (long) (page - 1) * TIMELINE_PAGE_SIZE)
			.query((rs, n) -> new Row(rs.getLong(1), new Entry(ArticleTeaser.read(rs), rs.getBoolean(2))))
			.list();
		Map<YearMonth, List<Entry>> months = new LinkedHashMap<>();
		for (Row row : rows) {
			YearMonth month = YearMonth.from(row.entry().story().publishedAt().atZone(zone));
			months.computeIfAbsent(month, m -> new ArrayList<>()).add(row.entry());
		}
		List<Month> grouped = months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		return new Timeline(grouped, page, total);
	}

	/** The subjects that most often share a story with this one, over its newest stories. */
	List<Companion> companions(long subjectId) {
		return jdbc.sql(COMPANIONS_SQL)
			.param("subject", subjectId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("window", CO_MENTION_WINDOW)
			.param("limit", CO_MENTION_LIMIT)
			.query((rs, n) -> new Companion(SubjectRows.link(rs, 1), rs.getLong(4)))
			.list();
	}

}
