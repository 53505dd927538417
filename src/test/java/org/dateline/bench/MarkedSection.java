package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One section of the benchmark report that a harness mode owns, between its start and end markers. A run
 * rewrites its own section and leaves the rest of the file as it was; a report without the section gains it
 * at the end.
 */
final class MarkedSection {

	private MarkedSection() {
	}

	static void rewrite(Path file, String start, String end, String section) throws IOException {
		String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
		int from = existing.indexOf(start);
		int to = existing.indexOf(end);
		String updated = from >= 0 && to > from
				? existing.substring(0, from) + section.strip() + existing.substring(to + end.length())
				: existing.stripTrailing() + "\n\n" + section;
		Files.writeString(file, updated);
	}

}
