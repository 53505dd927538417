package org.dateline.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The full kill-9 run: {@code ./mvnw -Preliability test-compile exec:java} (add
 * {@code -Dreliability.args="--trials 10"} to change the count; the default is 50). Rewrites the
 * figures between the markers in {@code docs/reliability.md}. The short version runs in every
 * build as {@link KillDuringSavesTests}.
 */
public final class ReliabilitySuite {

	private static final String BEGIN = "<!-- kill-9 figures: begin -->";

	private static final String END = "<!-- kill-9 figures: end -->";

	private ReliabilitySuite() {
	}

	public static void main(String[] args) throws Exception {
		int trials = 50;
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals("--trials")) {
				trials = Integer.parseInt(args[i + 1]);
			}
		}
		Path work = Files.createTempDirectory("dateline-reliability");
		KillDuringSaves.Figures figures = KillDuringSaves.run(work, trials, System.nanoTime());
		String table = """
				%s
				Last full run: %s, %d trials (`./mvnw -Preliability test-compile exec:java -Dreliability.args="--trials %d"`).

				| scenario | trials | writes acknowledged | found afterwards | start with recovery (median / slowest) | 5xx | scheduled stories published once |
				|---|---|---|---|---|---|---|
				| `kill -9` during saves | %d | %d | %d | %.1f s / %.1f s | %d | %d of %d |

				Problems: %s
				%s""".formatted(BEGIN, LocalDate.now(ZoneOffset.UTC), figures.trials(), figures.trials(), figures.trials(),
				figures.acknowledged(), figures.found(), figures.medianStartMillis() / 1000.0, figures.slowestStartMillis() / 1000.0,
				figures.serverErrors(), figures.publishedOnce(), figures.scheduled(),
				figures.problems().isEmpty() ? "none" : String.join("; ", figures.problems()), END);
		Path doc = Path.of("docs/reliability.md");
		String text = Files.readString(doc, StandardCharsets.UTF_8);
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalStateException("docs/reliability.md has no figure markers");
		}
		Files.writeString(doc, text.substring(0, begin) + table + text.substring(end + END.length()), StandardCharsets.UTF_8);
		System.out.println(table);
		if (!figures.problems().isEmpty() || figures.found() != figures.acknowledged()) {
			throw new IllegalStateException("The kill-9 run found problems; see docs/reliability.md");
		}
	}

}
