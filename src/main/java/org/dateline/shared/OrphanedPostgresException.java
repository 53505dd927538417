package org.dateline.shared;

import java.nio.file.Path;

/** A PostgreSQL left running on the data directory would not shut down. */
public class OrphanedPostgresException extends RuntimeException {

	private final long pid;

	public OrphanedPostgresException(Path dataDirectory, long pid) {
		super("A PostgreSQL (pid " + pid + ") left running on " + dataDirectory + " by an earlier Dateline did not stop when asked.");
		this.pid = pid;
	}

	public long pid() {
		return pid;
	}

}
