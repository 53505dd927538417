package org.dateline.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finding subjects on the desk: the paged lists, search-as-you-type for pickers, and resolving a
 * typed name to the subjects it could mean. A name matches on the subject's name or any alias,
 * compared in normalized form, so "al thani" finds "Al-Thani".
 */
@Service
public class SubjectDirectory {

	/** One line of a desk list or a picker: the name and a few words that tell namesakes apart. */
	public record SubjectLine(long id, SubjectKind kind, String name, String slug, String detail, String aliases,
			Instant updatedAt) {
	}

	/** One page of a desk list. */
	public record Page(List<SubjectLine> items, int page, int pageSize, long total) {

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}

	}

	private static final String LINE_COLUMNS = """
			s.id, s.kind, s.name, s.slug,
			coalesce(
			    (select coalesce(nullif(concat_ws(', ', af.role, o.name), ''), p.description)
			     from person p left join affiliation af on af.person_id = p.id and af.current
			     left join subject o on o.id = af.organization_id where p.id = s.id),
			    (select concat_ws(', ', replace(initcap(replace(g.org_kind, '_', ' ')), 'Government Body', 'Government body'), g.country)
			     from organization g where g.id = s.id),
			    (select concat_ws(', ', to_char(e.start_date, 'YYYY-MM-DD'), e.place) from event e where e.id = s.id)),
			(select string_agg(a.name, ', ' order by a.name) from subject_alias a where a.subject_id = s.id),
			s.updated_at""";

	private static final RowMapper<SubjectLine> LINE = (rs, n) -> new SubjectLine(rs.getLong(1),
			SubjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
			instant(rs, 7));

	private static final String MATCHES = """
			(:q = '' or lower(s.name) like '%' || :like || '%' or s.normalized_name like '%' || :normalized || '%' or exists (
			    select 1 from subject_alias a where a.subject_id = s.id and a.normalized like '%' || :normalized || '%')
			 or s.slug like '%' || :like || '%')""";

	private final JdbcClient jdbc;

	SubjectDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of one kind's subjects, by name, optionally narrowed to those matching {@code query}. */
	public Page list(SubjectKind kind, String query, int page, int pageSize) {
		String q = query == null ? "" : query.strip();
		long total = jdbc.sql("select count(*) from subject s where s.kind = :kind and " + MATCHES)
			.param("kind", kind.name())
			.param("q", q)
			.param("like", like(q))
			.param("normalized", like(SubjectNames.normalize(q)))
			.query(Long.class)
			.single();
		List<SubjectLine> items = jdbc
			.sql("select " + LINE_COLUMNS + " from subject s where s.kind = :kind and " + MATCHES
					+ " order by lower(s.name), s.id limit :limit offset :offset")
			.param("kind", kind.name())
			.param("q", q)
			.param("like", like(q))
			.param("normalized", like(SubjectNames.normalize(q)))
			.param("limit", pageSize)
			.param("offset", (long) (page - 1) * pageSize)
			.query(LINE)
			.list();
		return new Page(items, page, pageSize, total);
	}

	/**
	 * Search-as-you-type: subjects of the given kinds whose name or an alias contains what was
	 * typed, names that start with it first.
	 */
	public List<SubjectLine> search(String query, Set<SubjectKind> kinds, int limit) {
		String q = query == null ? "" : query.strip();
		if (SubjectNames.normalize(q).isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + LINE_COLUMNS + " from subject s where s.kind in (:kinds) and " + MATCHES + """
				 order by (lower(s.name) like :like || '%') desc, length(s.name), lower(s.name), s.id
				limit :limit""")
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.param("q", q)
			.param("like", like(q))
			.param("normalized", like(SubjectNames.normalize(q)))
			.param("limit", limit)
			.query(LINE)
			.list();
	}

	/** The subjects of the given kinds whose name or an alias is exactly {@code name} (normalized). */
	public List<SubjectLine> resolve(String name, Set<SubjectKind> kinds) {
		String normalized = SubjectNames.normalize(name);
		if (normalized.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + LINE_COLUMNS + """
				 from subject s where s.kind in (:kinds) and (
				    s.normalized_name = :normalized
				    or exists (select 1 from subject_alias a where a.subject_id = s.id and a.normalized = :normalized))
				order by s.name, s.id limit 10""")
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.param("normalized", normalized)
			.query(LINE)
			.list();
	}

	public java.util.Optional<SubjectLine> bySlug(String slug) {
		return jdbc.sql("select " + LINE_COLUMNS + " from subject s where s.slug = :slug")
			.param("slug", slug)
			.query(LINE)
			.optional();
	}

	public List<SubjectLine> lines(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + LINE_COLUMNS + " from subject s where s.id = any(:ids) order by lower(s.name)")
			.param("ids", ids.toArray(Long[]::new))
			.query(LINE)
			.list();
	}

	private static String like(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
