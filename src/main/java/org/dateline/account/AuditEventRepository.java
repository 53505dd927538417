package org.dateline.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	@Query("""
			select e from AuditEvent e
			where (:actor is null or lower(e.actor) = lower(cast(:actor as string)))
			  and (:action is null or e.action = cast(:action as string))
			  and (cast(:from as timestamp) is null or e.occurredAt >= :from)
			  and (cast(:until as timestamp) is null or e.occurredAt < :until)
			order by e.occurredAt desc, e.id desc""")
	Page<AuditEvent> search(@Param("actor") String actor, @Param("action") String action,
			@Param("from") Instant from, @Param("until") Instant until, Pageable pageable);

	@Query("select distinct e.action from AuditEvent e order by e.action")
	List<String> actions();

	/** Failed sign-ins for an account since a time, newest first. */
	@Query("""
			select e.occurredAt from AuditEvent e
			where e.action = 'SIGN_IN_FAILED' and lower(e.actor) = lower(:username) and e.occurredAt >= :since
			order by e.occurredAt desc""")
	List<Instant> failuresForAccount(@Param("username") String username, @Param("since") Instant since,
			Pageable pageable);

	/** Events of one kind for an account since a time, newest first. */
	@Query("""
			select e.occurredAt from AuditEvent e
			where e.action = :action and lower(e.actor) = lower(:username) and e.occurredAt >= :since
			order by e.occurredAt desc""")
	List<Instant> recentOfAccount(@Param("action") String action, @Param("username") String username,
			@Param("since") Instant since, Pageable pageable);

	/** Failed sign-ins from a client address since a time, newest first. */
	@Query("""
			select e.occurredAt from AuditEvent e
			where e.action = 'SIGN_IN_FAILED' and e.clientIp = :ip and e.occurredAt >= :since
			order by e.occurredAt desc""")
	List<Instant> failuresFromAddress(@Param("ip") String ip, @Param("since") Instant since, Pageable pageable);

	@Query("""
			select max(e.occurredAt) from AuditEvent e
			where e.action = 'SIGN_IN' and lower(e.actor) = lower(:username)""")
	Instant lastSuccess(@Param("username") String username);

}
