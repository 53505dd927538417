package org.dateline.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.RowMapper;

/**
 * A published story in a list: the front page, a section, a feed, a subject's timeline; {@code id} tags cached pages. The read
 * model other modules' queries use for a story: they select {@link #COLUMNS} and read each row
 * with {@link #read}, by column name, so the article module alone decides what a teaser holds.
 */
public record ArticleTeaser(String slug, String headline, String dek, String sectionName, String sectionSlug,
		String dateline, Instant publishedAt, long id) {

	/** The select list of a teaser, for a query joining {@code article a} and {@code section s}. */
	public static final String COLUMNS = """
			a.slug as teaser_slug, a.headline as teaser_headline, a.dek as teaser_dek, \
			s.name as teaser_section_name, s.slug as teaser_section_slug, a.dateline as teaser_dateline, \
			a.published_at as teaser_published_at, a.id as teaser_id""";

	/** Reads the {@link #COLUMNS} of the current row. */
	public static ArticleTeaser read(ResultSet rs) throws SQLException {
		OffsetDateTime published = rs.getObject("teaser_published_at", OffsetDateTime.class);
		return new ArticleTeaser(rs.getString("teaser_slug"), rs.getString("teaser_headline"),
				rs.getString("teaser_dek"), rs.getString("teaser_section_name"), rs.getString("teaser_section_slug"),
				rs.getString("teaser_dateline"), published == null ? null : published.toInstant(),
				rs.getLong("teaser_id"));
	}

	/** {@link #read} as a row mapper, for a query that selects nothing but a teaser. */
	public static final RowMapper<ArticleTeaser> ROW = (rs, n) -> read(rs);

}
