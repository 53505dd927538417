package org.dateline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one benchmark command: {@code ./mvnw -Pbench test-compile exec:java}. Options:
 * {@code --stories N} (100,000), {@code --words N} (600), {@code --subjects N} (10,000),
 * {@code --mentions N} links per story (10), {@code --seconds N} per run (15),
 * {@code --warmup N} seconds (5), {@code --runs N} (3), {@code --no-jmh}, {@code --suggestions} (only the
 * suggestion engine's evaluation and benchmarks, rewriting their section), {@code --api} (only the content
 * API's benchmarks, rewriting their section), {@code --pictures} (only serving renditions and story pages
 * with and without a lead image, rewriting their section), {@code --caching} (only the caching rows, rewriting
 * their section), {@code --cold} (of those only the static baselines, the story page warm and with every cache
 * bypassed: no churn, no Varnish row, no memory probe; for comparing page builds), {@code --out FILE}
 * ({@code docs/benchmarks.md}). Generated data is kept in {@code target/bench} and reused.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		int stories = 100_000;
		int subjects = 10_000;
		int mentions = 10;
		int words = 600;
		int seconds = 15;
		int warmup = 5;
		int runs = 3;
		boolean jmh = true;
		boolean onlySuggestions = false;
		boolean onlyApi = false;
		boolean profile = false;
		boolean onlyCaching = false;
		boolean onlyPictures = false;
		boolean coldOnly = false;
		Path out = Path.of("docs/benchmarks.md");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--stories" -> stories = Integer.parseInt(args[++i]);
				case "--words" -> words = Integer.parseInt(args[++i]);
				case "--subjects" -> subjects = Integer.parseInt(args[++i]);
				case "--mentions" -> mentions = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				case "--runs" -> runs = Integer.parseInt(args[++i]);
				case "--no-jmh" -> jmh = false;
				case "--suggestions" -> onlySuggestions = true;
				case "--api" -> onlyApi = true;
				case "--profile" -> profile = true;
				case "--caching" -> onlyCaching = true;
				case "--cold" -> {
					onlyCaching = true;
					coldOnly = true;
				}
				case "--pictures" -> onlyPictures = true;
				case "--out" -> out = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		if (onlyPictures) {
			PictureBenchmarks.Figures figures = PictureBenchmarks.measure(seconds, runs, warmup,
					Path.of("target/bench-pictures"));
			PictureBenchmarks.rewrite(out, PictureBenchmarks.markdown(figures, seconds, runs, warmup, LocalDate.now()));
			System.out.println("Rewrote the serving pictures section of " + out);
			System.exit(0);
		}
		if (onlyApi) {
			ApiBenchmarks.Figures figures = ApiBenchmarks.measure(stories, seconds, runs, warmup, 50, Path.of("target/bench-api-" + stories), profile);
			ApiBenchmarks.rewrite(out, ApiBenchmarks.markdown(figures, seconds, runs, LocalDate.now()));
			System.out.println("Rewrote the content API section of " + out);
			System.exit(0);
		}
		if (onlyCaching) {
			BenchmarkHarness harness = new BenchmarkHarness(new BenchmarkHarness.Settings(stories, words, subjects, mentions,
					seconds, warmup, runs, 32, Path.of("target/bench-" + stories)), true, coldOnly);
			BenchmarkHarness.Report report = harness.run();
			CachingReport.rewrite(out, CachingReport.markdown(report, harness,
					"./mvnw -Pbench test-compile exec:java -Dbench.args=\"" + String.join(" ", args) + "\"", LocalDate.now()));
			System.out.println("Rewrote the caching section of " + out);
			System.exit(0);
		}
		if (onlySuggestions) {
			List<String[]> micro = jmh ? microBenchmarks(org.dateline.suggest.SuggestionBenchmarks.class.getName()) : List.of();
			SuggestionReport.rewrite(out, SuggestionReport.markdown(SuggestionReport.measure(micro), LocalDate.now()));
			System.out.println("Rewrote the suggestions section of " + out);
			System.exit(0);
		}
		List<String[]> micro = jmh ? microBenchmarks(MicroBenchmarks.class.getName(),
				org.dateline.suggest.SuggestionBenchmarks.class.getName()) : List.of();
		SuggestionReport.Figures suggestions = SuggestionReport.measure(micro);
		BenchmarkHarness.Report report = new BenchmarkHarness(new BenchmarkHarness.Settings(stories, words, subjects,
				mentions, seconds, warmup, runs, 32, Path.of("target/bench-" + stories))).run();
		String markdown = BenchmarkReport.markdown(report, micro, LocalDate.now()) + "\n"
				+ SuggestionReport.markdown(suggestions, LocalDate.now());
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, markdown);
		System.out.println("Wrote " + out);
		System.exit(0);
	}

	/** name, median µs/op, min, max over the measured iterations. */
	static List<String[]> microBenchmarks(String... includes) throws Exception {
		// JMH forks a JVM with java.class.path; under exec:java the classes come from a class loader instead.
		if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
			StringBuilder classpath = new StringBuilder();
			for (java.net.URL url : loader.getURLs()) {
				if (classpath.length() > 0) {
					classpath.append(java.io.File.pathSeparatorChar);
				}
				classpath.append(Path.of(url.toURI()));
			}
			System.setProperty("java.class.path", classpath.toString());
		}
		OptionsBuilder builder = new OptionsBuilder();
		for (String include : includes) {
			builder.include(include);
		}
		Options options = builder
			.forks(1)
			// a fixed heap, so that the 100,000-subject gazetteer's setup does not leave the measured
			// iterations growing the heap and collecting
			.jvmArgsAppend("-Xms2g", "-Xmx2g")
			.warmupIterations(5)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(1))
			.build();
		List<String[]> rows = new ArrayList<>();
		for (RunResult result : new Runner(options).run()) {
			var stats = result.getPrimaryResult().getStatistics();
			String name = result.getParams().getBenchmark();
			rows.add(new String[] { name.substring(name.lastIndexOf('.') + 1),
					String.format(Locale.ROOT, "%.1f", stats.getPercentile(50)),
					String.format(Locale.ROOT, "%.1f", stats.getMin()), String.format(Locale.ROOT, "%.1f", stats.getMax()),
					Long.toString(stats.getN()) });
		}
		return rows;
	}

}
