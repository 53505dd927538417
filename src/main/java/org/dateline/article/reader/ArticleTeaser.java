package org.dateline.article.reader;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.RowMapper;

/**
 * A published story in a list: the front page, a section, a feed, a subject's timeline; {@code id} tags cached pages. The read
 * model other modules' queries use for a story: they select {@link #COLUMNS} and read each row
 * with {@link #read}, by column name, so the article module alone decides what a teaser holds.
 * It carries the lead image's id and this story's alt text for it, read in the same row, so a
 * list of teasers needs one more query at most (the images themselves) whatever its length.
 *
 * @param leadImageId the lead image, or {@code null} when the story has none
 * @param leadAltText the story's alt text for its lead image ({@code null} when decorative or unwritten)
 * @param leadDecorative whether the lead image is marked decorative
 */
public record ArticleTeaser(String slug, String headline, String dek, String sectionName, String sectionSlug,
		String dateline, Instant publishedAt, long id, Long leadImageId, String leadAltText, boolean leadDecorative) {

	/** A teaser without a lead image. */
	public ArticleTeaser(String slug, String headline, String dek, String sectionName, String sectionSlug,
			String dateline, Instant publishedAt, long id) {
		this(slug, headline, dek, sectionName, sectionSlug, dateline, publishedAt, id, null, null, false);
	}

	/** The select list of a teaser, for a query joining {@code article a} and {@code section s}. */
	public static final String COLUMNS = """
			a.slug as teaser_slug, a.headline as teaser_headline, a.dek as teaser_dek, \
			s.name as teaser_section_name, s.slug as teaser_section_slug, a.dateline as teaser_dateline, \
			a.published_at as teaser_published_at, a.id as teaser_id, a.lead_image_id as teaser_lead_image_id, \
			a.lead_alt_text as teaser_lead_alt_text, a.lead_decorative as teaser_lead_decorative""";

	/** Reads the {@link #COLUMNS} of the current row. */
	public static ArticleTeaser read(ResultSet rs) throws SQLException {
		OffsetDateTime published = rs.getObject("teaser_published_at", OffsetDateTime.class);
		long leadImageId = rs.getLong("teaser_lead_image_id");
		Long lead = rs.wasNull() ? null : leadImageId;
		return new ArticleTeaser(rs.getString("teaser_slug"), rs.getString("teaser_headline"),
				rs.getString("teaser_dek"), rs.getString("teaser_section_name"), rs.getString("teaser_section_slug"),
				rs.getString("teaser_dateline"), published == null ? null : published.toInstant(),
				rs.getLong("teaser_id"), lead, rs.getString("teaser_lead_alt_text"),
				rs.getBoolean("teaser_lead_decorative"));
	}

	/** {@link #read} as a row mapper, for a query that selects nothing but a teaser. */
	public static final RowMapper<ArticleTeaser> ROW = (rs, n) -> read(rs);

}
