package org.dateline.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction whose writes no reader can see, said so by the code that knows: a reporter's save
 * of a story that is not live. After such a transaction commits, this instance does not read the
 * cache invalidations at once (one statement less for every draft save): the database's triggers
 * wrote none. Were a key written all the same, nothing would be lost: every instance still hears
 * of it within a moment, through the notification the triggers send.
 */
public final class UnseenByReaders {

	private static final Object KEY = UnseenByReaders.class;

	private UnseenByReaders() {
	}

	/** Marks the current transaction (if there is one) as unseen by readers until it completes. */
	public static void mark() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(KEY)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
			}

		});
	}

	/** Whether the current transaction was {@linkplain #mark() marked}. */
	public static boolean marked() {
		return TransactionSynchronizationManager.hasResource(KEY);
	}

}
