package org.dateline.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.subject.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The content API's lists of people, organizations and events, walked by id with a keyset cursor. */
@Service
class ApiSubjects {

	/** @param imageId a person's portrait or an organization's logo, or {@code null} */
	record Row(long id, SubjectKind kind, String slug, String name, String summary, List<String> aliases,
			Instant modifiedAt, Long imageId) {
	}

	record Ref(long id, SubjectKind kind, String slug) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiSubjects(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Up to {@code limit} subjects of one kind with an id above {@code afterId}, plus one more if there are. */
	List<Row> page(SubjectKind kind, Instant updatedSince, long afterId, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", kind.name());
		params.put("after", afterId);
		params.put("limit", limit + 1);
		String since = "";
		if (updatedSince != null) {
			since = "and s.updated_at >= :since\n";
			params.put("since", ApiStories.utc(updatedSince));
		}
		return jdbc.sql("""
				select s.id, s.kind, s.slug, s.name, s.summary,
				       array(select a.name from subject_alias a where a.subject_id = s.id order by a.name), s.updated_at,
				       s.image_id
				from subject s
				where s.kind = :kind and s.id > :after
				%sorder by s.id
				limit :limit""".formatted(since))
			.params(params)
			.query((rs, n) -> {
				List<String> aliases = new ArrayList<>();
				for (Object o : (Object[]) rs.getArray(6).getArray()) {
					aliases.add((String) o);
				}
				return new Row(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
						rs.getString(5), List.copyOf(aliases), ReaderArticles.instant(rs, 7),
						rs.getObject(8) == null ? null : rs.getLong(8));
			})
			.list();
	}

	/** The subject a filter names by slug, of any kind. */
	Optional<Ref> bySlug(String slug) {
		return jdbc.sql("select id, kind, slug from subject where slug = ?")
			.param(slug)
			.query((rs, n) -> new Ref(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3)))
			.optional();
	}

	/** How many published stories link to the subject. */
	long storyCount(long subjectId) {
		return jdbc.sql("""
				select count(*) from article_mention
				where subject_id = ? and published_at is not null and published_at <= ?""")
			.params(subjectId, ApiStories.utc(clock.instant()))
			.query(Long.class)
			.single();
	}

}
