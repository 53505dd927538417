package org.dateline.cache.internal;

import org.dateline.shared.UnseenByReaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * After each write transaction of this instance commits, applies the invalidations it (or anyone)
 * committed, before the caller goes on: an editor who publishes and then opens the story on the
 * same instance never gets the page from before. A transaction marked {@link UnseenByReaders} (a
 * draft save) wrote none, so it is not followed by that read. Spring Boot adds every such listener
 * to the transaction manager.
 */
@Component
class CommitListener implements TransactionExecutionListener {

	/** Whether the transaction being committed on this thread was marked unseen by readers. */
	private static final ThreadLocal<Boolean> UNSEEN = new ThreadLocal<>();

	private final ObjectProvider<InvalidationFeed> feed;

	CommitListener(ObjectProvider<InvalidationFeed> feed) {
		this.feed = feed;
	}

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		// the mark lives as long as the transaction's synchronizations, which end before afterCommit
		if (UnseenByReaders.marked()) {
			UNSEEN.set(Boolean.TRUE);
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		boolean unseen = UNSEEN.get() != null;
		UNSEEN.remove();
		if (commitFailure == null && !transaction.isReadOnly() && !unseen) {
			InvalidationFeed current = feed.getIfAvailable();
			if (current != null && current.isRunning()) {
				current.catchUp();
			}
		}
	}

}
