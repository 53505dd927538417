package org.dateline.coverage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.subject.StoryLinks;
import org.dateline.subject.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Subjects listed by their stories: those with published coverage, for the sitemap, and the
 * stories of any status that link one, for the desk (and for the subject module's question
 * before a deletion).
 */
@Service
public class SubjectListings implements StoryLinks {

	private final JdbcClient jdbc;

	private final Clock clock;

	SubjectListings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A subject page in the sitemap. */
	public record SitemapEntry(SubjectKind kind, String slug, Instant lastModified) {
	}

	private static final String WITH_COVERAGE = """
			exists (select 1 from article_mention m
			        where m.subject_id = s.id and m.published_at is not null and m.published_at <= :now)""";

	/** How many subjects have at least one published story. */
	public long countWithCoverage() {
		return jdbc.sql("select count(*) from subject s where " + WITH_COVERAGE)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** One page (from 0) of the subjects with at least one published story, oldest first, for the sitemap. */
	public List<SitemapEntry> forSitemap(int page, int limit) {
		return jdbc.sql("""
				select s.kind, s.slug, greatest(s.updated_at, (select max(m.published_at) from article_mention m
				    where m.subject_id = s.id and m.published_at <= :now))
				from subject s
				where exists (select 1 from article_mention m
				              where m.subject_id = s.id and m.published_at is not null and m.published_at <= :now)
				order by s.id
				limit :limit offset :offset""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.param("offset", (long) page * limit)
			.query((rs, n) -> new SitemapEntry(SubjectKind.valueOf(rs.getString(1)), rs.getString(2),
					ReaderArticles.instant(rs, 3)))
			.list();
	}

	/** Stories of any status that link the subject, for the desk (say, before deleting it). */
	public record DeskStory(long id, String headline, String status) {
	}

	public List<DeskStory> storiesLinking(long subjectId, int limit) {
		return jdbc.sql("""
				select a.id, a.headline, a.status from article_mention m join article a on a.id = m.article_id
				where m.subject_id = ? order by a.updated_at desc, a.id desc limit ?""")
			.params(subjectId, limit)
			.query((rs, n) -> new DeskStory(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	public long storiesLinking(long subjectId) {
		return countStoriesLinking(subjectId);
	}

	public long countStoriesLinking(long subjectId) {
		return jdbc.sql("select count(*) from article_mention where subject_id = ?")
			.param(subjectId)
			.query(Long.class)
			.single();
	}

}
