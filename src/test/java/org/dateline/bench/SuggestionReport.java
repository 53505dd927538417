package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dateline.suggest.SuggestionBenchmarks;
import org.dateline.suggest.SuggestionEvaluation;

/**
 * The suggestion engine's section of {@code docs/benchmarks.md}: precision and recall on the
 * development and held-out evaluation sets, the gazetteer's build time and memory at 100,000
 * subjects, and the JMH time for a 2,000-word story, each against the targets of #7. The section
 * sits between markers, so {@code --suggestions} can rewrite it alone in a minute or two.
 */
final class SuggestionReport {

	static final String START = "<!-- suggestions: written by the benchmark harness -->";

	static final String END = "<!-- /suggestions -->";

	private SuggestionReport() {
	}

	/** Everything measured: the two evaluations, the gazetteer figures and the JMH median (µs, or -1). */
	record Figures(SuggestionEvaluation.Result development, SuggestionEvaluation.Result heldOut, double[] gazetteer,
			double suggestMicros) {
	}

	static Figures measure(List<String[]> micro) throws IOException {
		SuggestionEvaluation.Result development = SuggestionEvaluation.run(SuggestionEvaluation.DEVELOPMENT);
		SuggestionEvaluation.Result heldOut = SuggestionEvaluation.run(SuggestionEvaluation.HELD_OUT);
		print("development set", development);
		print("held-out set", heldOut);
		double[] gazetteer = SuggestionBenchmarks.measureGazetteer();
		System.out.printf(Locale.ROOT, "gazetteer: %.2f s to build, %.0f MB%n", gazetteer[0], gazetteer[1]);
		double micros = micro.stream().filter(r -> r[0].equals("suggestA2000WordStory"))
			.mapToDouble(r -> Double.parseDouble(r[1])).findFirst().orElse(-1);
		return new Figures(development, heldOut, gazetteer, micros);
	}

	private static void print(String name, SuggestionEvaluation.Result result) {
		System.out.println(name + ":");
		result.scores().forEach((k, v) -> System.out.println("  " + k + ": " + v));
		System.out.printf(Locale.ROOT, "  roles and organizations right: %d of %d (%.3f)%n", result.rolesRight(),
				result.rolesStated(), result.roleAccuracy());
	}

	static String markdown(Figures f, LocalDate day) {
		StringBuilder md = new StringBuilder(START).append("\n\n## Subject suggestions (#7)\n\n");
		md.append("Measured on ").append(day).append(". The evaluation sets are in `src/test/resources/suggest/`: ")
			.append(String.format(Locale.ROOT, "%d development stories the rules were written against, and %d held-out ",
					f.development().stories(), f.heldOut().stories()))
			.append("stories written separately, by someone who had not seen the engine, with the same known-subject ")
			.append("fixture (61 subjects) and annotation rules (`README.md` there). See `docs/suggestions.md` for how ")
			.append("the held-out figures were first taken.\n\n");
		md.append("| measure | development P | development R | held-out P | held-out R | target |\n");
		md.append("|---|---:|---:|---:|---:|---|\n");
		row(md, "known subjects, all", f, "known (all)", "P ≥ 0.95, R ≥ 0.95");
		row(md, "known people", f, "known PERSON", "");
		row(md, "known organizations", f, "known ORGANIZATION", "");
		row(md, "known events", f, "known EVENT", "");
		row(md, "ambiguous names (both candidates)", f, "known ambiguous", "");
		row(md, "new people", f, "new people", "P ≥ 0.80, R ≥ 0.85");
		row(md, "new organizations", f, "new organizations", "P ≥ 0.75, R ≥ 0.75");
		md.append(String.format(Locale.ROOT, "| role and organization right, of new people whose role is stated | %.3f (%d of %d) | | %.3f (%d of %d) | | ≥ 0.70 |%n",
				f.development().roleAccuracy(), f.development().rolesRight(), f.development().rolesStated(),
				f.heldOut().roleAccuracy(), f.heldOut().rolesRight(), f.heldOut().rolesStated()));
		md.append("\n| speed and memory (#7) | measured | target | met |\n|---|---|---|---|\n");
		double[] g = f.gazetteer();
		md.append(String.format(Locale.ROOT, "| one 2,000-word story, candidates included, %,.0f subjects and %,.0f aliases (JMH, median of the iterations) | %s | under 20 ms | %s |%n",
				g[2], g[3], f.suggestMicros() < 0 ? "not run (--no-jmh)" : String.format(Locale.ROOT, "%.2f ms", f.suggestMicros() / 1000),
				f.suggestMicros() < 0 ? "n/a" : f.suggestMicros() / 1000 < 20 ? "met" : "**not met**"));
		md.append(String.format(Locale.ROOT, "| building the gazetteer from scratch (median of 3) | %.2f s | under 5 s | %s |%n", g[0],
				g[0] < 5 ? "met" : "**not met**"));
		md.append(String.format(Locale.ROOT, "| the gazetteer's heap, names included (%,.0f patterns) | %.0f MB | under 300 MB | %s |%n", g[4],
				g[1], g[1] < 300 ? "met" : "**not met**"));
		md.append("\nMemory is the heap in use after garbage collection with the gazetteer held, minus before it was built. ")
			.append("Both the build and the story use made-up names (`SuggestionBenchmarks`): people with three aliases each, ")
			.append("organizations with an acronym and two short forms, events with three other names.\n\n")
			.append("Only this section: `./mvnw -Pbench test-compile exec:java -Dbench.args=\"--suggestions\"`.\n\n");
		return md.append(END).append('\n').toString();
	}

	private static void row(StringBuilder md, String label, Figures f, String key, String target) {
		SuggestionEvaluation.Score d = f.development().scores().get(key);
		SuggestionEvaluation.Score h = f.heldOut().scores().get(key);
		md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f (%d of %d) | %.3f | %.3f (%d of %d) | %s |%n", label,
				d.precision(), d.recall(), d.truePositives(), d.gold(), h.precision(), h.recall(), h.truePositives(),
				h.gold(), target));
	}

	/** Replaces the suggestions section of an existing report, or appends it. */
	static void rewrite(Path file, String section) throws IOException {
		String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
		int start = existing.indexOf(START);
		int end = existing.indexOf(END);
		String updated = start >= 0 && end > start
				? existing.substring(0, start) + section.strip() + existing.substring(end + END.length())
				: existing.stripTrailing() + "\n\n" + section;
		Files.writeString(file, updated);
	}

}
