package org.dateline.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.dateline.article.reader.ReaderArticles;
import org.dateline.coverage.SubjectPages.Header;
import org.dateline.coverage.SubjectPages.Lookup;
import org.dateline.coverage.SubjectPages.Missing;
import org.dateline.coverage.SubjectPages.Moved;
import org.dateline.coverage.SubjectPages.Participant;
import org.dateline.coverage.SubjectPages.RelatedEvent;
import org.dateline.coverage.SubjectPages.Role;
import org.dateline.coverage.SubjectPages.SubjectLink;
import org.dateline.subject.DatePrecision;
import org.dateline.subject.EventKind;
import org.dateline.subject.EventStatus;
import org.dateline.subject.EventTime;
import org.dateline.subject.OrganizationKind;
import org.dateline.subject.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subject side of a subject page, read from the subject tables: the subject with the fields of
 * its kind, a person's roles, an organization's people, an event's participants and related
 * events, and where an old slug leads.
 */
@Component
class SubjectRows {

	private final JdbcClient jdbc;

	SubjectRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The subject that now has the old {@code slug}, or {@link Missing}. */
	Lookup movedFrom(String slug) {
		return jdbc.sql("""
				select s.kind, s.slug from subject_slug_alias a join subject s on s.id = a.subject_id
				where a.slug = ?""")
			.param(slug)
			.query((rs, n) -> (Lookup) new Moved(SubjectKind.valueOf(rs.getString(1)), rs.getString(2)))
			.optional()
			.orElse(new Missing());
	}

	Optional<Header> header(SubjectKind kind, String slug) {
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
		SubjectLink parent = rs.getString(11) == null ? null : link(rs, 11);
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

	List<Role> rolesOf(long personId) {
		return jdbc.sql("""
				select o.kind, o.name, o.slug, a.role, a.since, a.until, a.current
				from affiliation a join subject o on o.id = a.organization_id
				where a.person_id = ?
				order by a.current desc, a.since desc nulls last, a.id""")
			.param(personId)
			.query((rs, n) -> role(rs))
			.list();
	}

	List<Role> peopleOf(long organizationId) {
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

	/** The link in the kind, name and slug columns from {@code column} on. */
	static SubjectLink link(ResultSet rs, int column) throws SQLException {
		return new SubjectLink(SubjectKind.valueOf(rs.getString(column)), rs.getString(column + 1),
				rs.getString(column + 2));
	}

	private static Role role(ResultSet rs) throws SQLException {
		return new Role(link(rs, 1), rs.getString(4), rs.getObject(5, LocalDate.class),
				rs.getObject(6, LocalDate.class), rs.getBoolean(7));
	}

	List<Participant> participantsOf(long eventId) {
		return jdbc.sql("""
				select s.kind, s.name, s.slug, p.role
				from event_participant p join subject s on s.id = p.subject_id
				where p.event_id = ?
				order by p.id""")
			.param(eventId)
			.query((rs, n) -> new Participant(link(rs, 1), rs.getString(4)))
			.list();
	}

	List<RelatedEvent> relatedTo(long eventId) {
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

}
