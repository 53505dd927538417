package org.dateline.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded database's superuser password. zonky's {@code initdb} trusts every local user;
 * before the server first listens, Dateline gives the {@code postgres} role a generated password
 * (through single-user mode, so no socket is open meanwhile) and rewrites {@code pg_hba.conf} to
 * SCRAM only, for this machine only. The password is kept in {@value #FILE_NAME} inside the data
 * directory, readable by its owner only, so that it travels with backups. A data directory made
 * by an older Dateline (trusting everyone) is converted the same way on its next start.
 */
public final class EmbeddedDatabaseCredentials {

	static final String FILE_NAME = "dateline-password";

	static final String SUPERUSER = "postgres";

	private static final String HBA_MARKER = "# Dateline: password sign-in (SCRAM) only";

	private static final String HBA = HBA_MARKER + """
			, and only from this machine.
			# Dateline keeps the password in %s in this directory (owner-only permissions).
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""".formatted(FILE_NAME);

	private EmbeddedDatabaseCredentials() {
	}

	/** The password stored in the data directory, or a new one if there is none yet. */
	static String passwordFor(Path dataDirectory) {
		Path file = dataDirectory.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** Reads the stored password of a data directory that has one; for the backup command. */
	public static String storedPassword(Path dataDirectory) throws IOException {
		return Files.readString(dataDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
	}

	/**
	 * Run on a stopped, initialized cluster: stores the password and switches the cluster to
	 * password sign-in, unless that was done already. Safe to repeat after a crash half-way.
	 */
	static void secure(Path dataDirectory, String password) {
		try {
			Path file = dataDirectory.resolve(FILE_NAME);
			if (!Files.exists(file)) {
				writeOwnerOnly(file, password);
			}
			Path hba = dataDirectory.resolve("pg_hba.conf");
			if (Files.exists(hba) && Files.readString(hba).startsWith(HBA_MARKER)) {
				return;
			}
			PostgresBinaries.runSingleUser(dataDirectory,
					"ALTER ROLE " + SUPERUSER + " WITH PASSWORD '" + password.replace("'", "''") + "';");
			Path temp = dataDirectory.resolve("pg_hba.conf.dateline-new");
			Files.writeString(temp, HBA, StandardCharsets.UTF_8);
			Files.move(temp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not set a password on the embedded database in " + dataDirectory, ex);
		}
	}

	static boolean isSecured(Path dataDirectory) throws IOException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		return Files.exists(dataDirectory.resolve(FILE_NAME)) && Files.readString(hba).startsWith(HBA_MARKER);
	}

	private static void writeOwnerOnly(Path file, String content) throws IOException {
		Path temp = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temp);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(temp);
		}
		Files.writeString(temp, content, StandardCharsets.UTF_8);
		Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
	}

}
