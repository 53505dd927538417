package org.dateline.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, connection by connection, whether a read goes to the streaming replica
 * ({@code SPRING_DATASOURCE_REPLICA_URL}) or to the primary. Present only when a replica is
 * configured; {@link ReaderReads} marks the work that may go there, and the application's
 * {@link DataSource} asks {@link #replicaConnection()} for every connection.
 * <p>
 * A replica may lag. So that no page is built (and cached) from data older than a change this
 * instance has already heard of, the cache's invalidation feed passes the primary's WAL position
 * of every change it applies to {@link #requireReplayed(String)}; while the replica has not
 * replayed that far, reader work goes to the primary. A replica that cannot be reached is left
 * alone for a few seconds, and its readers go to the primary meanwhile.
 */
public class ReplicaRouting implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

	private static final ThreadLocal<Boolean> READER = new ThreadLocal<>();

	private static final long RETRY_AFTER_FAILURE = TimeUnit.SECONDS.toNanos(5);

	private final DataSource replica;

	/** The primary WAL position every reader read must have seen. */
	private final AtomicLong required = new AtomicLong();

	/** The highest replay position the replica has reported. */
	private final AtomicLong replayed = new AtomicLong();

	private final AtomicLong toReplica = new AtomicLong();

	private final AtomicLong toPrimary = new AtomicLong();

	private volatile long unreachableUntil;

	ReplicaRouting(DataSource replica) {
		this.replica = replica;
	}

	/** Marks the calling thread's reads as a reader's until closed; see {@link ReaderReads}. */
	Reader reader() {
		Boolean before = READER.get();
		READER.set(Boolean.TRUE);
		return new Reader(before);
	}

	/** Restores the thread's mark as it was. */
	static final class Reader implements AutoCloseable {

		private final Boolean before;

		private Reader(Boolean before) {
			this.before = before;
		}

		@Override
		public void close() {
			if (before == null) {
				READER.remove();
			}
			else {
				READER.set(before);
			}
		}

	}

	/**
	 * From now on, reader work reads the replica only once it has replayed the primary's WAL up to
	 * {@code lsn} (as PostgreSQL prints it, {@code 16/B374D848}); called with the primary's position
	 * taken after a change committed.
	 */
	public void requireReplayed(String lsn) {
		long position = parse(lsn);
		required.accumulateAndGet(position, Math::max);
	}

	/**
	 * A connection to the replica when the calling thread is doing reader work and the replica is
	 * fresh enough; null when the primary must answer.
	 */
	Connection replicaConnection() {
		if (READER.get() != Boolean.TRUE || System.nanoTime() < unreachableUntil) {
			return null;
		}
		Connection connection;
		try {
			connection = replica.getConnection();
		}
		catch (SQLException ex) {
			unreachableUntil = System.nanoTime() + RETRY_AFTER_FAILURE;
			log.warn("The read replica cannot be reached ({}); readers use the primary for now", ex.getMessage());
			toPrimary.incrementAndGet();
			return null;
		}
		long needed = required.get();
		if (needed > replayed.get()) {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select pg_last_wal_replay_lsn()::text")) {
				rs.next();
				String position = rs.getString(1);
				// null: not in recovery (a promoted replica), so nothing left to replay
				replayed.accumulateAndGet(position == null ? Long.MAX_VALUE : parse(position), Math::max);
			}
			catch (SQLException ex) {
				closeQuietly(connection);
				unreachableUntil = System.nanoTime() + RETRY_AFTER_FAILURE;
				log.warn("The read replica did not answer ({}); readers use the primary for now", ex.getMessage());
				toPrimary.incrementAndGet();
				return null;
			}
			if (needed > replayed.get()) {
				closeQuietly(connection);
				toPrimary.incrementAndGet();
				return null;
			}
		}
		toReplica.incrementAndGet();
		return connection;
	}

	/** Reader connections the replica has given so far. */
	public long readsOnReplica() {
		return toReplica.get();
	}

	/** Reader connections that went to the primary because the replica was behind or unreachable. */
	public long readsSentToPrimary() {
		return toPrimary.get();
	}

	/** PostgreSQL's {@code pg_lsn} text, two hexadecimal halves, as one number. */
	static long parse(String lsn) {
		int slash = lsn.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("Not a WAL position: " + lsn);
		}
		return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// returned to the pool broken; the pool drops it
		}
	}

	@Override
	public void close() throws Exception {
		if (replica instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
