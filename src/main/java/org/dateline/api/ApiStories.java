package org.dateline.api;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.article.ArticleImages;
import org.dateline.article.reader.ReaderArticles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectMapper;

/**
 * The content API's story queries. A page is one keyset query over the partial indexes on
 * published stories, each row bringing its bylines, corrections and subjects as JSON from indexed
 * subqueries (one round trip, not four), plus one query for the page's pictures when it has any;
 * a page costs the same whether it is the first of the archive or the last.
 */
@Service
class ApiStories {

	/** The order a list walks in, and the column it walks. */
	enum Order {
		/** Newest first by first publication; the default. */
		PUBLISHED("a.published_at", "desc", "<"),
		/** Oldest change first, for clients that keep a copy in sync with {@code updated_since}. */
		MODIFIED("a.updated_at", "asc", ">");

		final String column;

		final String direction;

		final String after;

		Order(String column, String direction, String after) {
			this.column = column;
			this.direction = direction;
			this.after = after;
		}
	}

	/** What a list asks for; nulls mean no filter. */
	record Filter(Long sectionId, Long subjectId, Instant updatedSince, Instant publishedSince) {
	}

	/**
	 * A story row before its bylines, corrections, subjects and pictures are added.
	 *
	 * @param lead the lead image as this story uses it, or {@code null}
	 */
	record Row(long id, String slug, String headline, String dek, String bodyHtml, String bodyText, long sectionId,
			String sectionSlug,
			String sectionName, String dateline, Instant publishedAt, Instant updatedAt, Instant modifiedAt,
			ArticleImages.LeadImage lead, List<String> bylines, List<ApiViews.CorrectionView> corrections,
			List<Linked> subjects) {
	}

	/** A story with everything the API shows of it. */
	record Story(Row row, List<String> bylines, List<ApiViews.CorrectionView> corrections, List<Linked> subjects,
			ApiViews.PictureView leadImage, List<ApiViews.PictureView> figures) {
	}

	record Linked(long id, String kind, String slug, String name, String prominence) {
	}

	private static final String COLUMNS = """
			select a.id, a.slug, a.headline, a.dek, a.body_html, a.body_text, s.slug, s.name, a.dateline,
			       a.published_at, a.content_updated_at, a.updated_at, s.id,
			       a.lead_image_id, a.lead_caption, a.lead_alt_text, a.lead_decorative,
			       (select coalesce(json_agg(b.name order by b.position), '[]') from article_byline b
			        where b.article_id = a.id),
			       (select coalesce(json_agg(json_build_object('kind', c.kind, 'text', c.text, 'at', c.created_at)
			                                 order by c.created_at, c.id), '[]')
			        from correction c where c.article_id = a.id),
			       (select coalesce(json_agg(json_build_object('id', ms.id, 'kind', ms.kind, 'slug', ms.slug,
			                                                   'name', ms.name, 'prominence', m.prominence)
			                                 order by m.prominence = 'PRIMARY' desc, ms.name), '[]')
			        from article_mention m join subject ms on ms.id = m.subject_id where m.article_id = a.id)
			from article a join section s on s.id = a.section_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApiImages images;

	private final ObjectMapper json;

	ApiStories(JdbcClient jdbc, Clock clock, ApiImages images, ObjectMapper json) {
		this.json = json;
		this.jdbc = jdbc;
		this.clock = clock;
		this.images = images;
	}

	/**
	 * Up to {@code limit} published stories after {@code cursor} (null for the first page), plus one
	 * more if there is a next page.
	 */
	List<Row> page(Order order, Filter filter, Cursor cursor, int limit) {
		StringBuilder sql = new StringBuilder(COLUMNS)
			.append("where a.status = 'PUBLISHED' and a.published_at <= :now\n");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("now", utc(clock.instant()));
		if (filter.sectionId() != null) {
			sql.append("and a.section_id = :section\n");
			params.put("section", filter.sectionId());
		}
		if (filter.subjectId() != null) {
			sql.append("and exists (select 1 from article_mention m where m.article_id = a.id and m.subject_id = :subject)\n");
			params.put("subject", filter.subjectId());
		}
		if (filter.updatedSince() != null) {
			sql.append("and a.updated_at >= :updatedSince\n");
			params.put("updatedSince", utc(filter.updatedSince()));
		}
		if (filter.publishedSince() != null) {
			sql.append("and a.published_at >= :publishedSince\n");
			params.put("publishedSince", utc(filter.publishedSince()));
		}
		if (cursor != null) {
			sql.append("and (").append(order.column).append(", a.id) ").append(order.after)
				.append(" (:cursorAt, :cursorId)\n");
			params.put("cursorAt", utc(cursor.instant()));
			params.put("cursorId", cursor.id());
		}
		sql.append("order by ").append(order.column).append(' ').append(order.direction).append(", a.id ")
			.append(order.direction).append("\nlimit :limit");
		params.put("limit", limit + 1);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
	}

	/** Published stories by slug, in the order the slugs are given (for ranked search results). */
	List<Row> bySlugs(List<String> slugs) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		Map<String, Row> bySlug = new LinkedHashMap<>();
		jdbc.sql(COLUMNS + "where a.slug = any(?) and a.status = 'PUBLISHED' and a.published_at <= ?")
			.params(slugs.toArray(String[]::new), utc(clock.instant()))
			.query((rs, n) -> row(rs))
			.list()
			.forEach(r -> bySlug.put(r.slug(), r));
		return slugs.stream().map(bySlug::get).filter(r -> r != null).toList();
	}

	Optional<Row> published(String slug) {
		return jdbc.sql(COLUMNS + "where a.slug = ? and a.status = 'PUBLISHED' and a.published_at <= ?")
			.params(slug, utc(clock.instant()))
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** The current slug of a published story that used to be called {@code oldSlug}, if any. */
	Optional<String> renamed(String oldSlug) {
		return jdbc.sql("""
				select a.slug from slug_alias al join article a on a.id = al.article_id
				where al.slug = ? and a.status = 'PUBLISHED' and a.published_at <= ?""")
			.params(oldSlug, utc(clock.instant()))
			.query(String.class)
			.optional();
	}

	/**
	 * Adds the pictures to the rows (which carry their bylines, corrections and subjects already):
	 * one query for every lead image and body figure of the page when it has any, however many rows.
	 */
	List<Story> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ApiImages.Figure>> figures = new LinkedHashMap<>();
		Set<Long> imageIds = new LinkedHashSet<>();
		Set<String> hashes = new LinkedHashSet<>();
		for (Row r : rows) {
			if (r.lead() != null) {
				imageIds.add(r.lead().imageId());
			}
			List<ApiImages.Figure> inBody = ApiImages.figures(r.bodyHtml());
			figures.put(r.id(), inBody);
			inBody.forEach(f -> hashes.add(f.hash()));
		}
		ApiImages.Found found = images.find(imageIds, hashes);
		return rows.stream().map(r -> {
			ApiViews.PictureView lead = null;
			if (r.lead() != null && found.byId().get(r.lead().imageId()) != null) {
				lead = images.view(found.byId().get(r.lead().imageId()), r.lead().caption(), null, r.lead().altText(),
						r.lead().decorative());
			}
			List<ApiViews.PictureView> inBody = new ArrayList<>();
			for (ApiImages.Figure f : figures.get(r.id())) {
				if (found.byHash().get(f.hash()) != null) {
					inBody.add(images.view(found.byHash().get(f.hash()), f));
				}
			}
			return new Story(r, r.bylines(), r.corrections(), r.subjects(), lead, List.copyOf(inBody));
		}).toList();
	}

	private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<String> bylines = new ArrayList<>();
		json.readTree(rs.getString(18)).forEach(b -> bylines.add(b.asString()));
		List<ApiViews.CorrectionView> corrections = new ArrayList<>();
		json.readTree(rs.getString(19)).forEach(c -> corrections.add(new ApiViews.CorrectionView(c.get("kind").asString(),
				c.get("text").asString(), OffsetDateTime.parse(c.get("at").asString()).toInstant())));
		List<Linked> subjects = new ArrayList<>();
		json.readTree(rs.getString(20)).forEach(m -> subjects.add(new Linked(m.get("id").asLong(),
				m.get("kind").asString(), m.get("slug").asString(), m.get("name").asString(),
				m.get("prominence").asString())));
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getLong(13), rs.getString(7), rs.getString(8), rs.getString(9), ReaderArticles.instant(rs, 10),
				ReaderArticles.instant(rs, 11), ReaderArticles.instant(rs, 12),
				rs.getObject(14) == null ? null
						: new ArticleImages.LeadImage(rs.getLong(14), rs.getString(15), rs.getString(16), rs.getBoolean(17)),
				List.copyOf(bylines), List.copyOf(corrections), List.copyOf(subjects));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
