package org.dateline.subject;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The part of a merge that other rows take: the duplicate's slugs, the roles held in it, its
 * place among events' participants and follow-ups, and organizations under it all move to the
 * record kept, inside the merge's transaction ({@link SubjectService#merge}).
 */
@Component
class MergedReferences {

	private final JdbcClient jdbc;

	MergedReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Points what other subjects say about {@code loser} at {@code survivor}, dropping exact repeats. */
	void move(long loser, long survivor) {
		jdbc.sql("""
				update subject_slug_alias set subject_id = :survivor where subject_id = :loser""")
			.param("loser", loser).param("survivor", survivor).update();
		jdbc.sql("""
				insert into subject_slug_alias (slug, subject_id, created_at)
				select slug, :survivor, now() from subject where id = :loser""")
			.param("loser", loser).param("survivor", survivor).update();
		// a role held in both organizations is kept once; if the duplicate's copy was the current one, the kept one is
		jdbc.sql("""
				update affiliation b set current = true
				where b.organization_id = :survivor and exists (
				    select 1 from affiliation a where a.organization_id = :loser and a.current and a.person_id = b.person_id
				    and lower(a.role) is not distinct from lower(b.role) and a.since is not distinct from b.since)""")
			.param("loser", loser).param("survivor", survivor).update();
		jdbc.sql("""
				update affiliation a set organization_id = :survivor
				where a.organization_id = :loser and not exists (
				    select 1 from affiliation b where b.person_id = a.person_id and b.organization_id = :survivor
				    and lower(b.role) is not distinct from lower(a.role) and b.since is not distinct from a.since)""")
			.param("loser", loser).param("survivor", survivor).update();
		jdbc.sql("""
				update event_participant p set subject_id = :survivor
				where p.subject_id = :loser and p.event_id <> :survivor and not exists (
				    select 1 from event_participant q where q.event_id = p.event_id and q.subject_id = :survivor)""")
			.param("loser", loser).param("survivor", survivor).update();
		jdbc.sql("""
				update event_follow_up f set previous_event_id = :survivor
				where f.previous_event_id = :loser and f.event_id <> :survivor and not exists (
				    select 1 from event_follow_up g where g.event_id = f.event_id and g.previous_event_id = :survivor)""")
			.param("loser", loser).param("survivor", survivor).update();
		jdbc.sql("update organization set parent_id = :survivor where parent_id = :loser and id <> :survivor")
			.param("loser", loser).param("survivor", survivor).update();
		jdbc.sql("update organization set parent_id = null where id = :survivor and parent_id = :loser")
			.param("loser", loser).param("survivor", survivor).update();
		// if the survivor's parent was one of the duplicate's children, the hierarchy now goes round: cut it
		boolean circular = jdbc.sql("""
				with recursive up(id, depth) as (
				    select parent_id, 1 from organization where id = :survivor and parent_id is not null
				    union all
				    select o.parent_id, up.depth + 1 from organization o join up on o.id = up.id
				    where o.parent_id is not null and up.depth < 100)
				select exists (select 1 from up where id = :survivor)""")
			.param("survivor", survivor).query(Boolean.class).single();
		if (circular) {
			jdbc.sql("update organization set parent_id = null where id = :survivor").param("survivor", survivor).update();
		}
	}

}
