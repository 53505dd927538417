package org.dateline.coverage;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.article.reader.ArticleTeaser;
import org.dateline.article.reader.ReaderArticles;
import org.dateline.subject.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the story page shows around a story: the subjects it links to (with every name they go
 * by, for linking their first mention in the body) and "Expanded coverage", the other published
 * stories that share the most, and the most prominent, subjects, nearest in time. The ranking is
 * explained in {@code docs/coverage.md}. Each is one statement.
 */
@Service
public class StoryCoverage {

	/** How many stories "Expanded coverage" shows. */
	public static final int EXPANDED_LIMIT = 6;

	/**
	 * Per shared subject, how many of its stories on each side of this one in time are considered.
	 * It bounds the work for a subject in tens of thousands of stories.
	 */
	static final int WINDOW = 100;

	/** Days after which a related story's score halves. */
	static final double HALF_LIFE_DAYS = 30;

	/**
	 * The expanded-coverage query, with named parameters {@code :id}, {@code :at}, {@code :now},
	 * {@code :window}, {@code :halfLife} and {@code :limit}. Public for the benchmark's query report.
	 */
	public static final String EXPANDED_SQL = """
				with mine as (
				    select subject_id, case prominence when 'PRIMARY' then 2 else 1 end as weight
				    from article_mention where article_id = :id),
				candidates as (
				    select c.article_id, c.published_at,
				           mine.weight * case c.prominence when 'PRIMARY' then 2 else 1 end as weight
				    from mine cross join lateral (
				        (select m.article_id, m.published_at, m.prominence from article_mention m
				         where m.subject_id = mine.subject_id and m.published_at is not null
				           and m.published_at <= least(cast(:at as timestamptz), cast(:now as timestamptz))
				         order by m.published_at desc limit :window)
				        union all
				        (select m.article_id, m.published_at, m.prominence from article_mention m
				         where m.subject_id = mine.subject_id and m.published_at is not null
				           and m.published_at > cast(:at as timestamptz) and m.published_at <= cast(:now as timestamptz)
				         order by m.published_at asc limit :window)) c
				    where c.article_id <> :id),
				scored as (
				    select article_id,
				           sum(weight) * power(0.5::float8,
				               abs(cast(extract(epoch from (max(published_at) - cast(:at as timestamptz))) as float8))
				               / (86400.0 * :halfLife)) as score,
				           max(published_at) as published_at
				    from candidates group by article_id
				    order by score desc, published_at desc, article_id desc
				    limit :limit)
				select %s
				from scored
				join article a on a.id = scored.article_id
				join section s on s.id = a.section_id
				where a.status = 'PUBLISHED'
				order by scored.score desc, scored.published_at desc, a.id desc""".formatted(ArticleTeaser.COLUMNS);

	/**
	 * A subject as the story page links it; {@code names} holds its name first, then its aliases;
	 * {@code imageId} is its portrait or logo, or {@code null}.
	 */
	public record LinkedSubject(long id, SubjectKind kind, String name, String slug, boolean primary,
			List<String> names, Long imageId) {

		/** A subject without a picture. */
		public LinkedSubject(long id, SubjectKind kind, String name, String slug, boolean primary, List<String> names) {
			this(id, kind, name, slug, primary, names, null);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LinkedBodies linkedBodies;

	StoryCoverage(JdbcClient jdbc, Clock clock, LinkedBodies linkedBodies) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.linkedBodies = linkedBodies;
	}

	/** The story's subjects, primary ones first, then by name, with their pictures' ids. */
	public List<LinkedSubject> subjectsOf(long articleId) {
		return jdbc.sql("""
				select s.id, s.kind, s.name, s.slug, m.prominence = 'PRIMARY',
				       array(select a.name from subject_alias a where a.subject_id = s.id order by length(a.name) desc),
				       s.image_id
				from article_mention m
				join subject s on s.id = m.subject_id
				where m.article_id = ?
				order by m.prominence = 'PRIMARY' desc, s.name""")
			.param(articleId)
			.query((rs, n) -> {
				List<String> names = new java.util.ArrayList<>();
				names.add(rs.getString(3));
				names.addAll(strings(rs.getArray(6)));
				long image = rs.getLong(7);
				Long imageId = rs.wasNull() ? null : image;
				return new LinkedSubject(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getBoolean(5), List.copyOf(names), imageId);
			})
			.list();
	}

	/**
	 * Up to {@link #EXPANDED_LIMIT} other published stories ranked by shared subjects: each shared
	 * subject adds the product of its weight in both stories (2 for primary, 1 for mentioned), and the
	 * sum halves for every {@link #HALF_LIFE_DAYS} days between the two stories.
	 */
	public List<ArticleTeaser> expanded(long articleId, Instant publishedAt) {
		Instant at = publishedAt == null ? clock.instant() : publishedAt;
		return jdbc.sql(EXPANDED_SQL)
			.param("id", articleId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("window", WINDOW)
			.param("halfLife", HALF_LIFE_DAYS)
			.param("limit", EXPANDED_LIMIT)
			.query(ArticleTeaser.ROW)
			.list();
	}

	/**
	 * A story as its page shows it: its subjects, the body with each subject's first mention linked,
	 * and expanded coverage. The reader page and the desk's preview are both built from this.
	 */
	public record StoryPage(ArticlePage page, List<LinkedSubject> subjects, String linkedBodyHtml,
			List<ArticleTeaser> expanded) {
	}

	/** What the story page shows around {@code page}, in two statements. */
	public StoryPage around(ArticlePage page) {
		long id = page.article().id();
		List<LinkedSubject> subjects = subjectsOf(id);
		return new StoryPage(page, subjects, linkedBodies.link(page.article().bodyHtml(), subjects),
				expanded(id, page.article().publishedAt()));
	}

	static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
