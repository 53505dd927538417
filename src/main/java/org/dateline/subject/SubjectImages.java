package org.dateline.subject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's portrait and an organization's logo, by image id. Kept beside the subject's record
 * (one column) rather than in it, so choosing a picture never conflicts with an edit of the
 * subject's names or roles.
 */
@Service
public class SubjectImages {

	private final JdbcClient jdbc;

	SubjectImages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A subject that shows an image. */
	public record SubjectUse(long subjectId, SubjectKind kind, String name, String slug) {
	}

	/** Gives the person or organization this picture; {@code null} removes it. Events have none. */
	@Transactional
	public void setImage(long subjectId, Long imageId) {
		String kind = jdbc.sql("select kind from subject where id = ?").param(subjectId).query(String.class)
			.optional()
			.orElseThrow(() -> new SubjectNotFoundException("subject " + subjectId));
		if (imageId != null && SubjectKind.valueOf(kind) == SubjectKind.EVENT) {
			throw new DomainException("Portraits go on people and logos on organizations; events have none.");
		}
		jdbc.sql("update subject set image_id = ? where id = ?").params(imageId, subjectId).update();
	}

	@Transactional(readOnly = true)
	public Long imageOf(long subjectId) {
		return jdbc.sql("select image_id from subject where id = ?").param(subjectId).query(Long.class).optional()
			.orElse(null);
	}

	/** The pictures of several subjects, by subject id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, Long> imagesOf(Collection<Long> subjectIds) {
		Map<Long, Long> images = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return images;
		}
		jdbc.sql("select id, image_id from subject where id = any(?) and image_id is not null")
			.param(subjectIds.toArray(new Long[0]))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.forEach(e -> images.put(e.getKey(), e.getValue()));
		return images;
	}

	@Transactional(readOnly = true)
	public List<SubjectUse> usesOf(long imageId) {
		return jdbc.sql("select id, kind, name, slug from subject where image_id = ? order by name")
			.param(imageId)
			.query((rs, n) -> new SubjectUse(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4)))
			.list();
	}

}
