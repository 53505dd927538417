package org.dateline.cache.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.cache.PageCache;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.ReplicaRouting;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Brings this instance every key invalidated by any instance's committed transaction, within a
 * fraction of a second, and evicts the pages tagged with them.
 * <p>
 * One thread holds a connection of its own that {@code LISTEN}s on {@code dateline_cache} (the
 * triggers' {@code pg_notify}, delivered on commit). It wakes on a notification, or after
 * {@code dateline.cache.poll-interval} without one, and reads the rows of
 * {@code cache_invalidation} written since it last looked, so a notification missed while the
 * connection was down loses nothing. Rows are numbered in insertion order but committed in any
 * order, so "since" is not "id above the last seen": it is "written by a transaction that had not
 * finished when the last read started" ({@code txid >= xmin} of that read's snapshot), with the
 * ids already applied remembered until their transactions fall below the horizon.
 */
@Component
public class InvalidationFeed extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(InvalidationFeed.class);

	static final String CHANNEL = "dateline_cache";

	private static final String READ = """
			select s.xmin::text, i.id, i.key, i.txid::text, s.lsn::text
			from (select pg_snapshot_xmin(pg_current_snapshot()) as xmin, pg_current_wal_insert_lsn() as lsn) s
			left join cache_invalidation i on i.txid >= cast(? as xid8)
			order by i.id""";

	private final DataSource dataSource;

	private final PageCache pages;

	private final long pollMillis;

	/** The read replica, if any: pages rebuilt after an eviction must not read it before it has the change. */
	private final ReplicaRouting replica;

	private final List<Runnable> listeners = new ArrayList<>();

	/** Ids applied whose transactions are not yet below the horizon, with their txid. */
	private final Map<Long, Long> applied = new HashMap<>();

	private final AtomicLong lastRead = new AtomicLong();

	private final AtomicLong keysApplied = new AtomicLong();

	private final Object lock = new Object();

	/** For reads, apart from the connection that listens (which a waiting thread keeps busy); guarded by {@link #lock}. */
	private Connection readConnection;

	private volatile long horizon = -1;

	/** The connection that listens, held by the loop's thread while it works. */
	private Connection listening;

	InvalidationFeed(DataSource dataSource, PageCache pages, DatelineProperties properties,
			ObjectProvider<MeterRegistry> registry, ObjectProvider<ReplicaRouting> replica) {
		super("cache-invalidations");
		this.dataSource = dataSource;
		this.replica = replica.getIfAvailable();
		this.pages = pages;
		this.pollMillis = Math.max(10, properties.cache().pollInterval().toMillis());
		registry.ifAvailable(r -> r.gauge("dateline.cache.invalidations.applied", keysApplied));
	}

	/** Runs {@code listener} on the feed's thread after each read that found new keys. */
	public synchronized void onNewKeys(Runnable listener) {
		listeners.add(listener);
	}

	/** When this instance last read the invalidations (epoch millis), for health and tests. */
	public long lastRead() {
		return lastRead.get();
	}

	/**
	 * Reads and applies the invalidations committed so far, on the calling thread. Called after
	 * every write transaction of this instance commits, so that its own changes are never answered
	 * from its cache even for a moment; other instances hear of them through the notification.
	 */
	public void catchUp() {
		synchronized (lock) {
			try {
				if (readConnection == null || readConnection.isClosed()) {
					readConnection = dataSource.getConnection();
					readConnection.setAutoCommit(true);
				}
				read(readConnection);
			}
			catch (SQLException | RuntimeException ex) {
				log.warn("Cache invalidation feed could not read ({}); trying again", ex.getMessage());
				closeReadConnection();
			}
		}
	}

	/** Listens (connecting first if need be), waits for a notification or the poll interval, and reads. */
	@Override
	boolean step() throws SQLException {
		if (listening == null) {
			listening = dataSource.getConnection();
			listening.setAutoCommit(true);
			try (Statement listen = listening.createStatement()) {
				listen.execute("listen " + CHANNEL);
			}
			catchUp();
		}
		listening.unwrap(PGConnection.class).getNotifications((int) pollMillis);
		catchUp();
		return true;
	}

	@Override
	long idleMillis() {
		return 0;
	}

	@Override
	long failureMillis() {
		return 1_000;
	}

	@Override
	String failureMessage() {
		return "Cache invalidation feed lost its connection; reconnecting";
	}

	@Override
	void afterFailure() {
		closeListening();
	}

	@Override
	void afterStop() {
		closeListening();
		synchronized (lock) {
			closeReadConnection();
		}
	}

	private void closeListening() {
		if (listening != null) {
			try {
				listening.close();
			}
			catch (SQLException ex) {
				// already broken
			}
			listening = null;
		}
	}

	private void closeReadConnection() {
		if (readConnection != null) {
			try {
				readConnection.close();
			}
			catch (SQLException ex) {
				// already broken
			}
			readConnection = null;
		}
	}

	private void read(Connection connection) throws SQLException {
		if (horizon < 0) {
			// First read: from here on every change is seen; anything kept before is dropped.
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery(
							"select pg_snapshot_xmin(pg_current_snapshot())::text, pg_current_wal_insert_lsn()::text")) {
				rs.next();
				horizon = Long.parseLong(rs.getString(1));
				if (replica != null) {
					replica.requireReplayed(rs.getString(2));
				}
			}
			pages.invalidateAll();
			lastRead.set(System.currentTimeMillis());
			return;
		}
		Set<String> keys = new LinkedHashSet<>();
		long newHorizon = horizon;
		String position = null;
		try (PreparedStatement read = connection.prepareStatement(READ)) {
			read.setString(1, Long.toString(horizon));
			try (ResultSet rs = read.executeQuery()) {
				while (rs.next()) {
					newHorizon = Long.parseLong(rs.getString(1));
					position = rs.getString(5);
					long id = rs.getLong(2);
					if (rs.wasNull()) {
						continue;
					}
					if (applied.putIfAbsent(id, Long.parseLong(rs.getString(4))) == null) {
						keys.add(rs.getString(3));
					}
				}
			}
		}
		long below = newHorizon;
		applied.values().removeIf(txid -> txid < below);
		horizon = newHorizon;
		lastRead.set(System.currentTimeMillis());
		if (!keys.isEmpty()) {
			if (replica != null && position != null) {
				// before the eviction, so that no page rebuilt after it reads a replica without the change
				replica.requireReplayed(position);
			}
			pages.invalidate(keys);
			keysApplied.addAndGet(keys.size());
			List<Runnable> copy;
			synchronized (this) {
				copy = List.copyOf(listeners);
			}
			copy.forEach(Runnable::run);
		}
	}

}
