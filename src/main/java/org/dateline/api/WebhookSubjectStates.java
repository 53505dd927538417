package org.dateline.api;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What webhooks last reported of each person, organization and event, in the content API's own
 * field names ({@code name}, {@code aliases}, {@code roles}, {@code start}, ...), kept in
 * {@code webhook_subject_state}. When a subject changes, the outbox compares the subject as it now
 * is with that state, inside the change's own transaction and with the state row locked, and
 * reports each field that differs with its previous and current value; then it keeps the new
 * state. A change that no event reports (a new portrait, say) shows in the next event's changes.
 * Subjects saved before this existed get their state at start, in one statement.
 */
@Component
class WebhookSubjectStates implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WebhookSubjectStates.class);

	/** A subject's state as JSON, for the subject {@code s} (with its kind's row joined). */
	private static final String STATE = """
			jsonb_build_object(
			    'name', s.name, 'slug', s.slug, 'summary', s.summary, 'image', s.image_id,
			    'aliases', coalesce((select jsonb_agg(al.name order by al.name) from subject_alias al
			                         where al.subject_id = s.id), '[]'::jsonb))
			|| case s.kind
			   when 'PERSON' then jsonb_build_object(
			       'description', p.description,
			       'roles', coalesce((select jsonb_agg(jsonb_build_object('organization', o.slug, 'title', f.role,
			                                  'since', f.since, 'until', f.until, 'current', f.current)
			                                  order by f.current desc, f.since desc nulls last, f.id)
			                          from affiliation f join subject o on o.id = f.organization_id
			                          where f.person_id = s.id), '[]'::jsonb))
			   when 'ORGANIZATION' then jsonb_build_object(
			       'organizationKind', g.org_kind, 'country', g.country,
			       'parent', (select ps.slug from subject ps where ps.id = g.parent_id))
			   else jsonb_build_object(
			       'eventKind', e.event_kind, 'place', e.place, 'status', e.status,
			       'start', case e.precision when 'YEAR' then to_char(e.start_date, 'YYYY')
			                 when 'MONTH' then to_char(e.start_date, 'YYYY-MM')
			                 when 'DAY' then to_char(e.start_date, 'YYYY-MM-DD')
			                 else to_char(e.start_date, 'YYYY-MM-DD') || coalesce('T' || to_char(e.start_time, 'HH24:MI'), '') end,
			       'end', case when e.end_date is null then null
			               when e.precision = 'YEAR' then to_char(e.end_date, 'YYYY')
			               when e.precision = 'MONTH' then to_char(e.end_date, 'YYYY-MM')
			               when e.precision = 'DAY' then to_char(e.end_date, 'YYYY-MM-DD')
			               else to_char(e.end_date, 'YYYY-MM-DD') || coalesce('T' || to_char(e.end_time, 'HH24:MI'), '') end,
			       'participants', coalesce((select jsonb_agg(jsonb_build_object('subject', ps.slug, 'role', ep.role)
			                                 order by ps.slug)
			                                 from event_participant ep join subject ps on ps.id = ep.subject_id
			                                 where ep.event_id = s.id), '[]'::jsonb),
			       'followsUp', coalesce((select jsonb_agg(ps.slug order by ps.slug)
			                              from event_follow_up fu join subject ps on ps.id = fu.previous_event_id
			                              where fu.event_id = s.id), '[]'::jsonb))
			   end
			""";

	private static final String FROM = """
			from subject s
			left join person p on p.id = s.id
			left join organization g on g.id = s.id
			left join event e on e.id = s.id
			""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	WebhookSubjectStates(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Takes the subject's state now, in the current transaction, keeps it, and answers each field
	 * that differs from the state kept before, as {@code {field: {previous, current}}}; empty when
	 * nothing differs, {@code null} when no state was kept before (the subject is new).
	 */
	Map<String, Map<String, Object>> capture(long subjectId) {
		// the change may still sit in the persistence context; the comparison reads the tables
		entityManager.flush();
		String previous = jdbc.sql("select state::text from webhook_subject_state where subject_id = ? for update")
			.param(subjectId)
			.query(String.class)
			.optional()
			.orElse(null);
		String current = jdbc.sql("select (" + STATE + ")::text " + FROM + "where s.id = ?")
			.param(subjectId)
			.query(String.class)
			.optional()
			.orElse(null);
		if (current == null) {
			return null;
		}
		jdbc.sql("""
				insert into webhook_subject_state (subject_id, state, captured_at) values (?, ?::jsonb, ?)
				on conflict (subject_id) do update set state = excluded.state, captured_at = excluded.captured_at""")
			.params(subjectId, current, ApiStories.utc(clock.instant()))
			.update();
		return previous == null ? null : changes(json.readTree(previous), json.readTree(current));
	}

	/** The fields whose values differ, in the order the current state names them. */
	static Map<String, Map<String, Object>> changes(JsonNode previous, JsonNode current) {
		Set<String> fields = new LinkedHashSet<>(current.propertyNames());
		fields.addAll(previous.propertyNames());
		Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
		for (String field : fields) {
			JsonNode before = previous.get(field);
			JsonNode after = current.get(field);
			if (!Objects.equals(normal(before), normal(after))) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("previous", normal(before));
				change.put("current", normal(after));
				changes.put(field, change);
			}
		}
		return changes;
	}

	/** JSON null and a missing field are the same: no value. */
	private static JsonNode normal(JsonNode node) {
		return node == null || node.isNull() ? null : node;
	}

	/** Keeps the state of every subject that has none yet (those saved before this existed): one statement. */
	int seed() {
		return jdbc.sql("insert into webhook_subject_state (subject_id, state, captured_at) select s.id, " + STATE
				+ ", ? " + FROM + "where not exists (select 1 from webhook_subject_state w where w.subject_id = s.id)\n"
				+ "on conflict (subject_id) do nothing")
			.param(ApiStories.utc(clock.instant()))
			.update();
	}

	@Override
	public void run(ApplicationArguments args) {
		int seeded = seed();
		if (seeded > 0) {
			log.info("Webhooks: kept the current state of {} subjects, so their next change is reported field by field",
					seeded);
		}
	}

}
