package org.dateline.cache.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * After each write transaction of this instance commits, applies the invalidations it (or anyone)
 * committed, before the caller goes on: an editor who publishes and then opens the story on the
 * same instance never gets the page from before. Spring Boot adds every such listener to the
 * transaction manager.
 */
@Component
class CommitListener implements TransactionExecutionListener {

	private final ObjectProvider<InvalidationFeed> feed;

	CommitListener(ObjectProvider<InvalidationFeed> feed) {
		this.feed = feed;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (commitFailure == null && !transaction.isReadOnly()) {
			InvalidationFeed current = feed.getIfAvailable();
			if (current != null && current.isRunning()) {
				current.catchUp();
			}
		}
	}

}
