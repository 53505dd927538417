package org.dateline.subject;

import org.springframework.jdbc.core.RowMapper;

/** Enough of a subject to name it and link to it. */
public record SubjectRef(long id, SubjectKind kind, String name, String slug) {

	static final RowMapper<SubjectRef> MAPPER = (rs, n) -> new SubjectRef(rs.getLong(1),
			SubjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4));

}
