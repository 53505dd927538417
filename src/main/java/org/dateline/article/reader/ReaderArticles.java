package org.dateline.article.reader;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The queries reader pages, feeds and sitemaps need, each written for its page and answered in
 * one round trip using the partial indexes on published stories. Each is a single statement, so
 * none opens a transaction of its own.
 */
@Service
public class ReaderArticles {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReaderArticles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A section with its newest stories, for the front page. */
	public record SectionBlock(String name, String slug, List<ArticleTeaser> stories) {
	}

	/** One page of a list, with what the pager needs. */
	public record Slice<T>(List<T> items, int page, int pageSize, long total) {

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}

		public boolean hasNext() {
			return page < pages();
		}

		public boolean hasPrevious() {
			return page > 1;
		}

	}

	/** A story in a feed: the teaser plus its body and bylines. */
	public record FeedItem(long id, String slug, String headline, String dek, String bodyHtml, String sectionName,
			Instant publishedAt, Instant updatedAt, List<String> bylines) {
	}

	/** A story in a sitemap. */
	public record SitemapEntry(String slug, String headline, Instant publishedAt, Instant lastModified) {
	}

	public List<ArticleTeaser> latest(int limit) {
		return jdbc.sql("""
				select %s
				from article a join section s on s.id = a.section_id
				where a.status = 'PUBLISHED' and a.published_at <= ?
				order by a.published_at desc, a.id desc
				limit ?""".formatted(ArticleTeaser.COLUMNS))
			.params(now(), limit)
			.query(ArticleTeaser.ROW)
			.list();
	}

	/** Every section that has stories, with its newest {@code perSection}, in section order. */
	public List<SectionBlock> sectionBlocks(int perSection) {
		Map<String, SectionBlock> blocks = new LinkedHashMap<>();
		jdbc.sql("""
				select %s
				from section s
				cross join lateral (
				    select * from article a
				    where a.section_id = s.id and a.status = 'PUBLISHED' and a.published_at <= ?
				    order by a.published_at desc, a.id desc
				    limit ?) a
				order by s.position, s.name, a.published_at desc, a.id desc""".formatted(ArticleTeaser.COLUMNS))
			.params(now(), perSection)
			.query(ArticleTeaser.ROW)
			.list()
			.forEach(t -> blocks.computeIfAbsent(t.sectionSlug(), k -> new SectionBlock(t.sectionName(),
					t.sectionSlug(), new ArrayList<>())).stories().add(t));
		return List.copyOf(blocks.values());
	}

	/** A section as reader pages need it. */
	public record SectionRef(long id, String slug, String name) {
	}

	public Optional<SectionRef> section(String slug) {
		return jdbc.sql("select id, slug, name from section where slug = ?")
			.param(slug)
			.query((rs, n) -> new SectionRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	public Slice<ArticleTeaser> inSection(String sectionSlug, int page, int pageSize) {
		OffsetDateTime now = now();
		long total = jdbc.sql("""
				select count(*) from article a join section s on s.id = a.section_id
				where s.slug = ? and a.status = 'PUBLISHED' and a.published_at <= ?""")
			.params(sectionSlug, now)
			.query(Long.class)
			.single();
		List<ArticleTeaser> items = jdbc.sql("""
				select %s
				from article a join section s on s.id = a.section_id
				where s.slug = ? and a.status = 'PUBLISHED' and a.published_at <= ?
				order by a.published_at desc, a.id desc
				limit ? offset ?""".formatted(ArticleTeaser.COLUMNS))
			.params(sectionSlug, now, pageSize, (long) (page - 1) * pageSize)
			.query(ArticleTeaser.ROW)
			.list();
		return new Slice<>(items, page, pageSize, total);
	}

	/** The newest stories for a feed, optionally of one section, with bodies and bylines (two queries). */
	public List<FeedItem> forFeed(String sectionSlug, int limit) {
		return forFeed(sectionSlug, null, limit);
	}

	/** The newest stories linked to a subject, for its feed. */
	public List<FeedItem> forSubjectFeed(long subjectId, int limit) {
		return forFeed(null, subjectId, limit);
	}

	private List<FeedItem> forFeed(String sectionSlug, Long subjectId, int limit) {
		List<FeedItem> items = jdbc.sql("""
				select a.id, a.slug, a.headline, a.dek, a.body_html, s.name, a.published_at,
				       coalesce(a.content_updated_at, a.published_at)
				from article a join section s on s.id = a.section_id
				where a.status = 'PUBLISHED' and a.published_at <= :now and (cast(:section as text) is null or s.slug = :section)
				  and (cast(:subject as bigint) is null or exists (
				      select 1 from article_mention m where m.article_id = a.id and m.subject_id = :subject))
				order by a.published_at desc, a.id desc
				limit :limit""")
			.param("now", now())
			.param("section", sectionSlug)
			.param("subject", subjectId)
			.param("limit", limit)
			.query((rs, n) -> new FeedItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8), new ArrayList<>()))
			.list();
		if (items.isEmpty()) {
			return items;
		}
		Map<Long, FeedItem> byId = new LinkedHashMap<>();
		items.forEach(i -> byId.put(i.id(), i));
		jdbc.sql("select article_id, name from article_byline where article_id = any(?) order by article_id, position")
			.param(byId.keySet().toArray(Long[]::new))
			.query(rs -> {
				byId.get(rs.getLong(1)).bylines().add(rs.getString(2));
			});
		return items;
	}

	public long publishedCount() {
		return jdbc.sql("select count(*) from article where status = 'PUBLISHED' and published_at <= ?")
			.param(now())
			.query(Long.class)
			.single();
	}

	/** One page of every published story, oldest first, for the sitemap. */
	public List<SitemapEntry> sitemapPage(int page, int pageSize) {
		return jdbc.sql("""
				select slug, headline, published_at, greatest(updated_at, published_at)
				from article where status = 'PUBLISHED' and published_at <= ?
				order by published_at, id
				limit ? offset ?""")
			.params(now(), pageSize, (long) page * pageSize)
			.query((rs, n) -> new SitemapEntry(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4)))
			.list();
	}

	/** Stories published since {@code since}, newest first, for the news sitemap. */
	public List<SitemapEntry> publishedSince(Instant since, int limit) {
		return jdbc.sql("""
				select slug, headline, published_at, greatest(updated_at, published_at)
				from article where status = 'PUBLISHED' and published_at <= ? and published_at >= ?
				order by published_at desc, id desc
				limit ?""")
			.params(now(), since.atOffset(ZoneOffset.UTC), limit)
			.query((rs, n) -> new SitemapEntry(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4)))
			.list();
	}

	public List<SectionRef> sections() {
		return jdbc.sql("select id, slug, name from section order by position, name")
			.query((rs, n) -> new SectionRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
