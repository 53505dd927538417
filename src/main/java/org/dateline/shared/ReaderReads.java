package org.dateline.shared;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the reads behind a reader page or a public API response, on the read replica when one is
 * configured ({@code SPRING_DATASOURCE_REPLICA_URL}; see {@code docs/caching.md}).
 * <p>
 * With a replica, the work runs in one read-only transaction, marked as a reader's: only such
 * work goes to the replica, and only while the replica has replayed every change this instance
 * has heard of (otherwise to the primary). Everything else (the desk, a reader page asked for with
 * a desk session, every write, background jobs) uses the primary, so the desk always reads its own
 * writes. Without a replica the work runs as it is, on the one database.
 */
@Component
public class ReaderReads {

	/** A page build or a response: what a servlet filter's chain does. */
	@FunctionalInterface
	public interface Work {

		void run() throws IOException, ServletException;

	}

	private final ReplicaRouting routing;

	private final TransactionTemplate readOnly;

	ReaderReads(ObjectProvider<ReplicaRouting> routing, ObjectProvider<PlatformTransactionManager> transactions) {
		this.routing = routing.getIfAvailable();
		PlatformTransactionManager manager = this.routing == null ? null : transactions.getIfAvailable();
		if (manager == null) {
			this.readOnly = null;
		}
		else {
			this.readOnly = new TransactionTemplate(manager);
			this.readOnly.setReadOnly(true);
			this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		}
	}

	/** Whether reader work may go to a replica at all. */
	public boolean replicated() {
		return readOnly != null;
	}

	/** Runs {@code work} as a reader's reads (see the class comment). */
	public void run(Work work) throws IOException, ServletException {
		if (readOnly == null) {
			work.run();
			return;
		}
		try (ReplicaRouting.Reader reader = routing.reader()) {
			readOnly.executeWithoutResult(status -> {
				try {
					work.run();
				}
				catch (IOException | ServletException ex) {
					throw new Checked(ex);
				}
			});
		}
		catch (Checked ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) ex.getCause();
		}
	}

	private static final class Checked extends RuntimeException {

		Checked(Exception cause) {
			super(cause);
		}

	}

}
