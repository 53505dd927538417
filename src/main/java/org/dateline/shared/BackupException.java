package org.dateline.shared;

/** A backup or restore refused for a reason the user can fix; printed as one line. */
final class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

}
