package org.dateline.shared;

import java.nio.file.Path;

/** Another running Dateline holds the embedded database's data directory. */
public class DataDirectoryLockedException extends RuntimeException {

	private final transient Path dataDirectory;

	public DataDirectoryLockedException(Path dataDirectory) {
		super("The data directory " + dataDirectory + " is in use by another running Dateline; stop that one first.");
		this.dataDirectory = dataDirectory;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

}
