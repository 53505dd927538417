package org.dateline.article;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dateline.article.ArticleViews.ArticlePage;
import org.dateline.article.ArticleViews.CorrectionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A published story's page as one statement: the story with its section and lead image, its
 * bylines in order and its corrections in order, the last two as arrays in the same row. (Through
 * the repository it took three statements, each in a transaction of its own.) The values are the
 * ones the repository's queries give, so the page is the same to the byte.
 */
@Component
class PublishedPages {

	static final String SQL = """
			select a.id, a.slug, a.headline, a.dek, a.body_html, s.name, s.slug, a.dateline, a.published_at,
			       a.content_updated_at, s.id, a.lead_image_id, a.lead_caption, a.lead_alt_text, a.lead_decorative,
			       array(select b.name from article_byline b where b.article_id = a.id order by b.position),
			       array(select c.kind from correction c where c.article_id = a.id order by c.created_at, c.id),
			       array(select c.text from correction c where c.article_id = a.id order by c.created_at, c.id),
			       array(select c.created_at from correction c where c.article_id = a.id order by c.created_at, c.id)
			from article a join section s on s.id = a.section_id
			where a.slug = ? and a.status = 'PUBLISHED' and a.published_at <= ?""";

	private final JdbcClient jdbc;

	PublishedPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page of the story readers reach at {@code slug} at {@code now}, if there is one. */
	Optional<ArticlePage> find(String slug, Instant now) {
		return jdbc.sql(SQL).param(slug).param(now.atOffset(ZoneOffset.UTC)).query((rs, n) -> page(rs)).optional();
	}

	private static ArticlePage page(ResultSet rs) throws SQLException {
		long leadImage = rs.getLong(12);
		Long leadImageId = rs.wasNull() ? null : leadImage;
		PublishedArticle article = new PublishedArticle(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9),
				instant(rs, 10), rs.getLong(11), leadImageId, rs.getString(13), rs.getString(14), rs.getBoolean(15));
		List<String> bylines = List.of(strings(rs.getArray(16)));
		String[] kinds = strings(rs.getArray(17));
		String[] texts = strings(rs.getArray(18));
		Object[] times = values(rs.getArray(19));
		List<CorrectionView> corrections = new ArrayList<>(kinds.length);
		for (int i = 0; i < kinds.length; i++) {
			corrections.add(new CorrectionView(CorrectionKind.valueOf(kinds[i]), texts[i], ((Timestamp) times[i]).toInstant()));
		}
		return new ArticlePage(article, bylines, List.copyOf(corrections));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String[] strings(Array array) throws SQLException {
		Object[] values = values(array);
		String[] strings = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			strings[i] = (String) values[i];
		}
		return strings;
	}

	private static Object[] values(Array array) throws SQLException {
		if (array == null) {
			return new Object[0];
		}
		try {
			return (Object[]) array.getArray();
		}
		finally {
			array.free();
		}
	}

}
