package org.dateline.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.article.reader.ArticleTeaser;
import org.dateline.article.reader.ReaderArticles;
import org.dateline.shared.DatelineProperties;
import org.dateline.subject.DatePrecision;
import org.dateline.subject.EventKind;
import org.dateline.subject.EventStatus;
import org.dateline.subject.EventTime;
import org.dateline.subject.OrganizationKind;
import org.dateline.subject.StoryLinks;
import org.dateline.subject.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reader's pages for people, organizations and events. Each page is a fixed handful of
 * statements whatever the number of stories or subjects: the subject itself, its roles or
 * participants, one page of its coverage timeline (newest first, with the total in the same
 * statement), and the subjects most often linked alongside it.
 */
@Service
public class SubjectPages implements StoryLinks {

	public static final int TIMELINE_PAGE_SIZE = 20;

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

	/** A subject: the shared fields, and those of its kind (the others are null). */
	public record Header(long id, SubjectKind kind, String name, String slug, String summary, List<String> aliases,
			Instant updatedAt, String description, OrganizationKind organizationKind, String country,
			SubjectLink parent, EventKind eventKind, EventTime start, EventTime end, String place,
			EventStatus status) {
	}

	/** A link to another subject's page. */
	public record SubjectLink(SubjectKind kind, String name, String slug) {
	}

	/** A role: the person or organization on the other side, the title and the dates. */
	public record Role(SubjectLink other, String title, LocalDate since, LocalDate until, boolean current) {
	}

	/** A participant in an event and their part in it. */
	public record Participant(SubjectLink subject, String role) {
	}

	/** An event linked to this one: {@code earlier} if this one follows up on it, otherwise later. */
	public record RelatedEvent(SubjectLink event, EventTime start, EventStatus status, boolean earlier) {
	}

	/** A subject and in how many of the same stories it appears. */
	public record Companion(SubjectLink subject, long stories) {
	}

	/** A month of the coverage timeline. */
	public record Month(YearMonth month, List<Entry> stories) {
	}

	/** A story on the timeline, and whether it is mainly about the subject. */
	public record Entry(ArticleTeaser story, boolean primary) {
	}

	/** One page of the timeline, grouped by month, newest first. */
	public record Timeline(List<Month> months, int page, long total) {

		public int pages() {
			return (int) Math.max(1, (total + TIMELINE_PAGE_SIZE - 1) / TIMELINE_PAGE_SIZE);
		}

		public boolean hasNext() {
			return page < pages();
		}

		public boolean hasPrevious() {
			return page > 1;
		}

	}

	/** Everything a subject page shows. Lists that do not apply to the kind are empty. */
	public record Page(Header header, Role currentRole, List<Role> roles, List<Role> people,
			List<Participant> participants, List<RelatedEvent> related, Timeline timeline,
			List<Companion> companions) {
	}

	/** Where a slug leads: a page, a subject's new slug, or nothing. */
	public sealed interface Lookup permits Found, Moved, Missing {
	}

	public record Found(Page page) implements Lookup {
	}

	public record Moved(SubjectKind kind, String slug) implements Lookup {
	}

	public record Missing() implements Lookup {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	SubjectPages(JdbcClient jdbc, Clock clock, DatelineProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = properties.zone();
	}

	public Lookup find(SubjectKind kind, String slug, int page) {
		Optional<Header> header = header(kind, slug);
		if (header.isEmpty()) {
			return jdbc.sql("""
					select s.kind, s.slug from subject_slug_alias a join subject s on s.id = a.subject_id
					where a.slug = ?""")
				.param(slug)
				.query((rs, n) -> (Lookup) new Moved(SubjectKind.valueOf(rs.getString(1)), rs.getString(2)))
				.optional()
				.orElse(new Missing());
		}
		Header h = header.get();
		List<Role> roles = List.of();
		List<Role> people = List.of();
		List<Participant> participants = List.of();
		List<RelatedEvent> related = List.of();
		switch (kind) {
			case PERSON -> roles = rolesOf(h.id());
			case ORGANIZATION -> people = peopleOf(h.id());
			case EVENT -> {
				participants = participantsOf(h.id());
				related = relatedTo(h.id());
			}
		}
		Role current = roles.stream().filter(Role::current).findFirst().orElse(null);
		List<Role> others = roles.stream().filter(r -> r != current).toList();
		return new Found(new Page(h, current, others, people, participants, related, timeline(h.id(), page),
				companions(h.id())));
	}

	/** A subject's header for its feed, or empty. */
	public Optional<Header> header(SubjectKind kind, String slug) {
		return jdbc.sql("""
				select s.id, s.kind, s.name, s.slug, s.summary,
				       array(select a.name from subject_alias a where a.subject_id = s.id order by a.name),
				       s.updated_at, p.description, o.org_kind, o.country, ps.kind, ps.name, ps.slug,
				       e.event_kind, e.precision, e.start_date, e.start_time, e.end_date, e.end_time, e.place, e.status
				from subject s
				left join person p on p.id = s.id
				left join organization o on o.id = s.id
				left join subject ps on ps.id = o.parent_id
				left join event e on e.id = s.id
				where s.slug = ? and s.kind = ?""")
			.params(slug, kind.name())
			.query((rs, n) -> header(rs))
			.optional();
	}

	private static Header header(ResultSet rs) throws SQLException {
		SubjectLink parent = rs.getString(11) == null ? null
				: new SubjectLink(SubjectKind.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13));
		EventTime start = null;
		EventTime end = null;
		if (rs.getString(15) != null) {
			DatePrecision precision = DatePrecision.valueOf(rs.getString(15));
			start = EventTime.stored(rs.getObject(16, LocalDate.class), rs.getObject(17, LocalTime.class), precision);
			LocalDate endDate = rs.getObject(18, LocalDate.class);
			if (endDate != null) {
				end = EventTime.stored(endDate, rs.getObject(19, LocalTime.class), precision);
			}
		}
		return new Header(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), StoryCoverage.strings(rs.getArray(6)), ReaderArticles.instant(rs, 7), rs.getString(8),
				rs.getString(9) == null ? null : OrganizationKind.valueOf(rs.getString(9)), rs.getString(10), parent,
				rs.getString(14) == null ? null : EventKind.valueOf(rs.getString(14)), start, end, rs.getString(20),
				rs.getString(21) == null ? null : EventStatus.valueOf(rs.getString(21)));
	}

	private List<Role> rolesOf(long personId) {
		return jdbc.sql("""
				select o.kind, o.name, o.slug, a.role, a.since, a.until, a.current
				from affiliation a join subject o on o.id = a.organization_id
				where a.person_id = ?
				order by a.current desc, a.since desc nulls last, a.id""")
			.param(personId)
			.query((rs, n) -> role(rs))
			.list();
	}

	private List<Role> peopleOf(long organizationId) {
		return jdbc.sql("""
				select p.kind, p.name, p.slug, a.role, a.since, a.until, a.current
				from affiliation a join subject p on p.id = a.person_id
				where a.organization_id = ?
				order by a.current desc, a.until desc nulls first, a.since desc nulls last, p.name
				limit 50""")
			.param(organizationId)
			.query((rs, n) -> role(rs))
			.list();
	}

	private static Role role(ResultSet rs) throws SQLException {
		return new Role(new SubjectLink(SubjectKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
				rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBoolean(7));
	}

	private List<Participant> participantsOf(long eventId) {
		return jdbc.sql("""
				select s.kind, s.name, s.slug, p.role
				from event_participant p join subject s on s.id = p.subject_id
				where p.event_id = ?
				order by p.id""")
			.param(eventId)
			.query((rs, n) -> new Participant(
					new SubjectLink(SubjectKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
					rs.getString(4)))
			.list();
	}

	private List<RelatedEvent> relatedTo(long eventId) {
		return jdbc.sql("""
				select s.name, s.slug, e.precision, e.start_date, e.start_time, e.status, r.earlier
				from (select previous_event_id as id, true as earlier from event_follow_up where event_id = :id
				      union
				      select event_id, false from event_follow_up where previous_event_id = :id) r
				join subject s on s.id = r.id
				join event e on e.id = r.id
				order by e.start_date, e.start_time nulls first, s.name""")
			.param("id", eventId)
			.query((rs, n) -> {
				DatePrecision precision = DatePrecision.valueOf(rs.getString(3));
				EventTime start = EventTime.stored(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class),
						precision);
				return new RelatedEvent(new SubjectLink(SubjectKind.EVENT, rs.getString(1), rs.getString(2)), start,
						EventStatus.valueOf(rs.getString(6)), rs.getBoolean(7));
			})
			.list();
	}

	/** One page of the subject's published stories, newest first, grouped by month in the newsroom's zone. */
	private Timeline timeline(long subjectId, int page) {
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
	private List<Companion> companions(long subjectId) {
		return jdbc.sql(COMPANIONS_SQL)
			.param("subject", subjectId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("window", CO_MENTION_WINDOW)
			.param("limit", CO_MENTION_LIMIT)
			.query((rs, n) -> new Companion(
					new SubjectLink(SubjectKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
					rs.getLong(4)))
			.list();
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
