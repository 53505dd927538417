package org.dateline.shared;

/** The embedded PostgreSQL has no binaries for this operating system and processor. */
public class UnsupportedPlatformException extends RuntimeException {

	public UnsupportedPlatformException(String osName, String osArch) {
		super("The embedded PostgreSQL has no binaries for " + osName + " on " + osArch + ".");
	}

}
