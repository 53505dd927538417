package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.dateline.suggest.Suggestion;
import org.dateline.suggest.SuggestionBenchmarks;
import org.dateline.suggest.SuggestionEvaluation;

/**
 * The suggestion engine's section of {@code docs/benchmarks.md}: precision and recall on the five
 * evaluation sets, the same scoring for the peer (Stanford CoreNLP's NER, when the benchmark
 * profile puts it on the class path), the gazetteer's build time and memory at 100,000 subjects,
 * and the JMH time for a 2,000-word story, each against its target. The section sits between
 * markers, so {@code --suggestions} can rewrite it alone.
 */
final class SuggestionReport {

	static final String START = "<!-- suggestions: written by the benchmark harness -->";

	static final String END = "<!-- /suggestions -->";

	/** The peer, compiled only in the benchmark profile (src/bench/java). */
	static final String PEER = "org.dateline.bench.CoreNlpPeer";

	private static final Map<String, String> LABELS = Map.of(SuggestionEvaluation.DEVELOPMENT, "development",
			SuggestionEvaluation.HELD_OUT, "held-out", SuggestionEvaluation.WIRE, "wire",
			SuggestionEvaluation.WIRE_HELD_OUT, "wire held-out", SuggestionEvaluation.WIRE_FRESH, "fresh held-out");

	private SuggestionReport() {
	}

	/**
	 * Everything measured: the engine's and the peer's results per set (the peer's map is empty when
	 * it is not on the class path), the gazetteer figures, the JMH median (µs, or -1) and the peer's
	 * milliseconds per story.
	 */
	record Figures(Map<String, SuggestionEvaluation.Result> engine, Map<String, SuggestionEvaluation.Result> peer,
			double[] gazetteer, double suggestMicros, double peerMillisPerStory) {
	}

	@SuppressWarnings("unchecked")
	static Figures measure(List<String[]> micro) throws IOException {
		Map<String, SuggestionEvaluation.Result> engine = new LinkedHashMap<>();
		for (String set : SuggestionEvaluation.SETS) {
			engine.put(set, SuggestionEvaluation.run(set));
			print(LABELS.get(set) + " set", engine.get(set));
		}
		Map<String, SuggestionEvaluation.Result> peer = new LinkedHashMap<>();
		double peerMillis = -1;
		Function<String, List<Suggestion>> recognizer = null;
		try {
			recognizer = (Function<String, List<Suggestion>>) Class.forName(PEER).getConstructor().newInstance();
		}
		catch (ClassNotFoundException ex) {
			System.out.println("The peer (CoreNLP) is not on the class path; run with -Pbench to measure it.");
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The peer could not start", ex);
		}
		if (recognizer != null) {
			Function<String, List<Suggestion>> timed = recognizer;
			long[] nanos = new long[1];
			int[] calls = new int[1];
			Function<String, List<Suggestion>> counting = text -> {
				long start = System.nanoTime();
				List<Suggestion> out = timed.apply(text);
				nanos[0] += System.nanoTime() - start;
				calls[0]++;
				return out;
			};
			for (String set : SuggestionEvaluation.SETS) {
				peer.put(set, SuggestionEvaluation.run(set, counting));
				print("peer, " + LABELS.get(set) + " set", peer.get(set));
			}
			peerMillis = nanos[0] / 1e6 / calls[0];
			System.out.printf(Locale.ROOT, "peer: %.1f ms per story%n", peerMillis);
		}
		double[] gazetteer = SuggestionBenchmarks.measureGazetteer();
		System.out.printf(Locale.ROOT, "gazetteer: %.2f s to build, %.0f MB%n", gazetteer[0], gazetteer[1]);
		double micros = micro.stream().filter(r -> r[0].equals("suggestA2000WordStory"))
			.mapToDouble(r -> Double.parseDouble(r[1])).findFirst().orElse(-1);
		return new Figures(engine, peer, gazetteer, micros, peerMillis);
	}

	private static void print(String name, SuggestionEvaluation.Result result) {
		System.out.println(name + ":");
		result.scores().forEach((k, v) -> System.out.println("  " + k + ": " + v));
		System.out.printf(Locale.ROOT, "  roles and organizations right: %d of %d (%.3f)%n", result.rolesRight(),
				result.rolesStated(), result.roleAccuracy());
	}

	static String markdown(Figures f, LocalDate day) {
		StringBuilder md = new StringBuilder(START).append("\n\n## Subject suggestions (#7, #15)\n\n");
		md.append("Measured on ").append(day).append(". The evaluation sets are in `src/test/resources/suggest/`, all ")
			.append("with the same known-subject fixture (61 subjects) and annotation rules (`evaluation/README.md`, ")
			.append("`wire/README.md`): ");
		for (String set : SuggestionEvaluation.SETS) {
			md.append(String.format(Locale.ROOT, "%s (%d stories)%s", LABELS.get(set), f.engine().get(set).stories(),
					set.equals(SuggestionEvaluation.SETS.get(SuggestionEvaluation.SETS.size() - 1)) ? ". " : ", "));
		}
		md.append("The wire sets are modelled on agency copy; the wire held-out ten were scored once before tuning, and ")
			.append("the fresh held-out ten, written once those had been seen, were scored once before the tuning that ")
			.append("followed (see `docs/suggestions.md`).\n\n");
		md.append("| measure | target |");
		SuggestionEvaluation.SETS.forEach(s -> md.append(' ').append(LABELS.get(s)).append(" P / R |"));
		md.append("\n|---|---|");
		SuggestionEvaluation.SETS.forEach(s -> md.append("---:|"));
		md.append('\n');
		row(md, "known subjects, all", "P, R ≥ 0.95", f.engine(), "known (all)");
		row(md, "known people", "", f.engine(), "known PERSON");
		row(md, "known organizations", "", f.engine(), "known ORGANIZATION");
		row(md, "known events", "", f.engine(), "known EVENT");
		row(md, "ambiguous names (both candidates)", "", f.engine(), "known ambiguous");
		row(md, "new people", "R ≥ 0.95, P ≥ 0.90 (held-out sets)", f.engine(), "new people");
		row(md, "new organizations", "P, R ≥ 0.85", f.engine(), "new organizations");
		md.append("| role and organization right, of new people whose role is stated | ≥ 0.80 |");
		for (String set : SuggestionEvaluation.SETS) {
			SuggestionEvaluation.Result r = f.engine().get(set);
			md.append(String.format(Locale.ROOT, " %.3f (%d of %d) |", r.roleAccuracy(), r.rolesRight(), r.rolesStated()));
		}
		md.append("\n\n");
		if (!f.peer().isEmpty()) {
			md.append("The peer, Stanford CoreNLP 4.5.10's statistical NER (English three-class CRF model, GPL, in the ")
				.append("benchmark profile only), on the same sets with the same scoring, in the same run. It knows no ")
				.append("subjects, so whatever it proposes under a known subject's name or alias is left out, and a ")
				.append("shorter form of a person it found in full is the same person, as for Dateline; it gives no roles.\n\n");
			md.append("| new people / organizations, P / R |");
			SuggestionEvaluation.SETS.forEach(s -> md.append(' ').append(LABELS.get(s)).append(" |"));
			md.append("\n|---|");
			SuggestionEvaluation.SETS.forEach(s -> md.append("---:|"));
			md.append('\n');
			peerRow(md, "Dateline, people", f.engine(), "new people");
			peerRow(md, "CoreNLP, people", f.peer(), "new people");
			peerRow(md, "Dateline, organizations", f.engine(), "new organizations");
			peerRow(md, "CoreNLP, organizations", f.peer(), "new organizations");
			md.append(String.format(Locale.ROOT, "%nCoreNLP took %.0f ms per story on average (annotating only, models loaded; ",
					f.peerMillisPerStory()))
				.append("the stories are 150 to 900 words).\n\n");
		}
		md.append("| speed and memory | measured | target | met |\n|---|---|---|---|\n");
		double[] g = f.gazetteer();
		md.append(String.format(Locale.ROOT, "| one 2,000-word story, candidates included, %,.0f subjects and %,.0f aliases (JMH, median of the iterations) | %s | under 5 ms | %s |%n",
				g[2], g[3], f.suggestMicros() < 0 ? "not run (--no-jmh)" : String.format(Locale.ROOT, "%.2f ms", f.suggestMicros() / 1000),
				f.suggestMicros() < 0 ? "n/a" : f.suggestMicros() / 1000 < 5 ? "met" : "**not met**"));
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

	private static void row(StringBuilder md, String label, String target, Map<String, SuggestionEvaluation.Result> results,
			String key) {
		md.append("| ").append(label).append(" | ").append(target).append(" |");
		for (String set : SuggestionEvaluation.SETS) {
			SuggestionEvaluation.Score s = results.get(set).scores().get(key);
			md.append(s.gold() == 0 && s.falsePositives() == 0 ? " none in the set |"
					: String.format(Locale.ROOT, " %.3f / %.3f (%d of %d) |", s.precision(), s.recall(), s.truePositives(),
							s.gold()));
		}
		md.append('\n');
	}

	private static void peerRow(StringBuilder md, String label, Map<String, SuggestionEvaluation.Result> results, String key) {
		md.append("| ").append(label).append(" |");
		for (String set : SuggestionEvaluation.SETS) {
			SuggestionEvaluation.Score s = results.get(set).scores().get(key);
			md.append(String.format(Locale.ROOT, " %.3f / %.3f |", s.precision(), s.recall()));
		}
		md.append('\n');
	}

	/** Replaces the suggestions section of an existing report, or appends it. */
	static void rewrite(Path file, String section) throws IOException {
		MarkedSection.rewrite(file, START, END, section);
	}

}
