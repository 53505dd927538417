package org.dateline.suggest;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.dateline.subject.SubjectEvents.SubjectDeleted;
import org.dateline.subject.SubjectEvents.SubjectSaved;
import org.dateline.subject.SubjectEvents.SubjectsMerged;
import org.dateline.subject.SubjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The gazetteer of every subject in the database, built on first use and kept current without a
 * restart and without rebuilding it all:
 * <ul>
 * <li>on this instance, each committed change to a subject (saved, merged, deleted) updates the
 * overlay at once, reloading only that subject;</li>
 * <li>changes made by other instances are picked up by a cheap check (at most every
 * {@link #CHECK_EVERY_MILLIS} ms) for subjects updated since the last one; a drop in the number of
 * subjects (a delete or merge elsewhere) rebuilds the base;</li>
 * <li>when the overlay grows past {@link LiveGazetteer#REBUILD_AFTER} subjects, the base is rebuilt.</li>
 * </ul>
 */
@Component
class SubjectGazetteer {

	private static final Logger log = LoggerFactory.getLogger(SubjectGazetteer.class);

	static final long CHECK_EVERY_MILLIS = 2_000;

	private static final RowMapper<Gazetteer.Named> NAMED = (rs, n) -> new Gazetteer.Named(rs.getLong(1),
			SubjectKind.valueOf(rs.getString(2)), rs.getString(3), strings(rs.getArray(4)));

	private static final String SELECT = """
			select s.id, s.kind, s.name,
			       array(select a.name from subject_alias a where a.subject_id = s.id order by a.id)
			from subject s""";

	private final JdbcClient jdbc;

	private final LiveGazetteer live = new LiveGazetteer();

	private volatile boolean built;

	private volatile long lastCheck;

	private Instant lastUpdatedAt = Instant.EPOCH;

	private long lastCount;

	SubjectGazetteer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The gazetteer as of now. */
	LiveGazetteer.Snapshot snapshot() {
		if (!built) {
			buildOnce();
		}
		else if (System.currentTimeMillis() - lastCheck > CHECK_EVERY_MILLIS) {
			catchUp();
		}
		return live.snapshot();
	}

	/** The first build, once, however many requests arrive together. */
	private synchronized void buildOnce() {
		if (!built) {
			rebuild();
		}
	}

	/** Builds the base from every subject, and forgets the overlay. */
	synchronized void rebuild() {
		long started = System.nanoTime();
		State state = state();
		List<Gazetteer.Named> all = jdbc.sql(SELECT).query(NAMED).list();
		live.reset(all);
		lastUpdatedAt = state.updatedAt();
		lastCount = state.count();
		lastCheck = System.currentTimeMillis();
		built = true;
		log.info("Built the subject gazetteer: {} subjects in {} ms", all.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** Applies what other instances changed since the last check. */
	private synchronized void catchUp() {
		if (System.currentTimeMillis() - lastCheck <= CHECK_EVERY_MILLIS) {
			return;
		}
		lastCheck = System.currentTimeMillis();
		State state = state();
		if (state.count() < lastCount) {
			rebuild();
			return;
		}
		if (state.updatedAt().isAfter(lastUpdatedAt)) {
			// a margin, for a change committed late with an earlier time or stamped by a clock a little behind
			jdbc.sql(SELECT + " where s.updated_at > ?")
				.param(lastUpdatedAt.minusSeconds(60).atOffset(java.time.ZoneOffset.UTC))
				.query(NAMED)
				.list()
				.forEach(live::update);
			lastUpdatedAt = state.updatedAt();
		}
		lastCount = state.count();
		if (live.overlaySize() > LiveGazetteer.REBUILD_AFTER) {
			rebuild();
		}
	}

	private record State(long count, Instant updatedAt) {
	}

	private State state() {
		return jdbc.sql("select count(*), max(updated_at) from subject")
			.query((rs, n) -> {
				OffsetDateTime max = rs.getObject(2, OffsetDateTime.class);
				return new State(rs.getLong(1), max == null ? Instant.EPOCH : max.toInstant());
			})
			.single();
	}

	@TransactionalEventListener
	void on(SubjectSaved saved) {
		if (built) {
			reload(saved.subjectId());
			if (saved.created()) {
				counted(+1);
			}
		}
	}

	@TransactionalEventListener
	void on(SubjectsMerged merged) {
		if (built) {
			live.remove(merged.loserId());
			reload(merged.survivorId());
			counted(-1);
		}
	}

	@TransactionalEventListener
	void on(SubjectDeleted deleted) {
		if (built) {
			live.remove(deleted.subjectId());
			counted(-1);
		}
	}

	/** Keeps the count in step with changes already applied here, so they do not look like changes elsewhere. */
	private synchronized void counted(int change) {
		lastCount += change;
	}

	private void reload(long id) {
		jdbc.sql(SELECT + " where s.id = ?").param(id).query(NAMED).optional()
			.ifPresentOrElse(live::update, () -> live.remove(id));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
