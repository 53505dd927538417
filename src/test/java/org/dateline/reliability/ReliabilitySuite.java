package org.dateline.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability suite: {@code ./mvnw -Preliability test-compile exec:java} runs the kill-9
 * scenario (50 trials); {@code -Dreliability.args="..."} picks another scenario or count:
 *
 * <ul>
 * <li>{@code --scenario kill --trials N}: kill -9 in the middle of saves ({@link KillDuringSaves});
 * <li>{@code --scenario sqlmap [--minutes M]}: sqlmap at level 2 against search, sign-in and the
 * story form, each run bounded by M minutes ({@link InjectionScan});
 * <li>{@code --scenario memory [--requests N]}: the heap after a full GC while N hostile requests
 * arrive ({@link HostileLoad}).
 * </ul>
 *
 * Each scenario rewrites its own figures between its markers in {@code docs/reliability.md}, and
 * the run fails when a promise did not hold. Short versions run in every build as tests.
 */
public final class ReliabilitySuite {

	private static final String COMMAND = "./mvnw -Preliability test-compile exec:java";

	private ReliabilitySuite() {
	}

	public static void main(String[] args) throws Exception {
		String scenario = option(args, "--scenario", "kill");
		List<String> failures = switch (scenario) {
			case "kill" -> kill(Integer.parseInt(option(args, "--trials", "50")));
			case "sqlmap" -> sqlmap(Integer.parseInt(option(args, "--minutes", "15")));
			case "memory" -> memory(Integer.parseInt(option(args, "--requests", "10000")));
			default -> throw new IllegalArgumentException("Unknown scenario " + scenario + "; use kill, sqlmap or memory");
		};
		if (!failures.isEmpty()) {
			throw new IllegalStateException("The " + scenario + " run found problems (see docs/reliability.md): "
					+ String.join("; ", failures));
		}
	}

	private static List<String> kill(int trials) throws Exception {
		Path work = Files.createTempDirectory("dateline-reliability");
		KillDuringSaves.Figures figures = KillDuringSaves.run(work, trials, System.nanoTime(), partial -> {
			try {
				write("kill-9", killTable(partial, trials).replace("Last full run:", "Run in progress (" + partial.trials() + " of "
						+ trials + " trials recovered; scheduled stories not yet checked):"));
			}
			catch (Exception ex) {
				System.out.println("Could not write the figures so far: " + ex.getMessage());
			}
		});
		write("kill-9", killTable(figures, trials));
		List<String> failures = new ArrayList<>(figures.problems());
		if (figures.found() != figures.acknowledged()) {
			failures.add((figures.acknowledged() - figures.found()) + " acknowledged saves missing");
		}
		return failures;
	}

	private static String killTable(KillDuringSaves.Figures figures, int trials) {
		return """
				Last full run: %s, %d trials (`%s -Dreliability.args="--trials %d"`).

				| scenario | trials | writes acknowledged | found afterwards | start with recovery (median / slowest) | 5xx | scheduled stories published once |
				|---|---|---|---|---|---|---|
				| `kill -9` during saves | %d | %d | %d | %.1f s / %.1f s | %d | %d of %d |

				Problems: %s""".formatted(today(), figures.trials(), COMMAND, trials, figures.trials(),
				figures.acknowledged(), figures.found(), figures.medianStartMillis() / 1000.0, figures.slowestStartMillis() / 1000.0,
				figures.serverErrors(), figures.publishedOnce(), figures.scheduled(),
				figures.problems().isEmpty() ? "none" : String.join("; ", figures.problems()));
	}

	private static List<String> sqlmap(int minutes) throws Exception {
		Path work = Files.createTempDirectory("dateline-sqlmap");
		List<InjectionScan.Route> routes = InjectionScan.run(work, Duration.ofMinutes(minutes));
		StringBuilder table = new StringBuilder("""
				Last run: %s (`%s -Dreliability.args="--scenario sqlmap --minutes %d"`), %s.

				| route | parameters | sqlmap's verdict | requests | reached the code | 5xx | time |
				|---|---|---|---|---|---|---|
				""".formatted(today(), COMMAND, minutes, sqlmapVersion()));
		List<String> failures = new ArrayList<>();
		for (InjectionScan.Route route : routes) {
			table.append("| %s | %s | %s | %d | %s | %d | %d s |%n".formatted(route.name(), String.join(", ", route.parameters()),
					route.verdict(), route.requests(), route.reached().isEmpty() ? "every request (a search)" : route.reached(),
					route.serverErrors(), route.seconds()));
			if (route.injectable()) {
				failures.add(route.name() + " is injectable");
			}
			if (route.serverErrors() > 0) {
				failures.add(route.name() + " answered " + route.serverErrors() + " 5xx");
			}
		}
		table.append("\nThe commands, as the suite runs them (`PORT` is the app's random port):\n\n```sh\n");
		for (InjectionScan.Route route : routes) {
			table.append(route.command()).append('\n');
		}
		table.append("```");
		write("sqlmap", table.toString());
		return failures;
	}

	private static List<String> memory(int requests) throws Exception {
		Path work = Files.createTempDirectory("dateline-memory");
		String command = COMMAND + " -Dreliability.args=\"--scenario memory --requests " + requests + "\"";
		HostileLoad.Figures figures = HostileLoad.run(work, requests, 20261202L, partial -> {
			try {
				write("memory", partial.table(today(), command).replace("Last run:", "Run in progress (" + partial.samples()
					.get(partial.samples().size() - 1).requests() + " of " + requests + " requests):"));
			}
			catch (Exception ex) {
				System.out.println("Could not write the figures so far: " + ex.getMessage());
			}
		});
		write("memory", figures.table(today(), command));
		return figures.problems();
	}

	private static String sqlmapVersion() {
		try {
			Process process = new ProcessBuilder("sqlmap", "--version").redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return "sqlmap " + out.lines().filter(l -> !l.isBlank() && !l.contains("WARNING")).findFirst().orElse("?").strip();
		}
		catch (Exception ex) {
			return "sqlmap (version unknown)";
		}
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/** Replaces what is between {@code <!-- name figures: begin -->} and its end marker. */
	private static void write(String name, String content) throws Exception {
		String begin = "<!-- " + name + " figures: begin -->";
		String end = "<!-- " + name + " figures: end -->";
		Path doc = Path.of("docs/reliability.md");
		String text = Files.readString(doc, StandardCharsets.UTF_8);
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalStateException("docs/reliability.md has no " + name + " figure markers");
		}
		Files.writeString(doc, text.substring(0, from) + begin + "\n" + content + "\n" + text.substring(to), StandardCharsets.UTF_8);
		System.out.println(content);
	}

}
