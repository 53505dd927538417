package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The caching section of {@code docs/benchmarks.md}: the story page warm, under churn, with every
 * cache bypassed and through Varnish, against Tomcat's and nginx's static file in the same run,
 * the targets, the in-app cache after random query strings, and the profile of the
 * cache-missing page. Written by {@code --caching}; the rest of the file is left alone.
 */
final class CachingReport {

	static final String START = "<!-- caching: written by the benchmark harness -->";

	static final String END = "<!-- /caching -->";

	private CachingReport() {
	}

	static String markdown(BenchmarkHarness.Report report, BenchmarkHarness harness, String command, LocalDate date) {
		JfrProfile.Result profile = harness.coldProfile();
		BenchmarkHarness.Settings settings = report.settings();
		StringBuilder md = new StringBuilder();
		md.append(START).append("\n\n## Caching (#16)\n\n");
		md.append(String.format(Locale.ROOT, "Measured on %s with `%s`: %,d stories of about %d words, %,d subjects and %,d story links"
				+ " (%s), %d connections, %d runs of %d s after a %d s warm-up per row, the rows interleaved; every figure is the"
				+ " median of the runs. Before the warm rows every one of the story pages was asked for once, through"
				+ " Dateline and through Varnish, so they measure a filled cache; likewise the churn's draft was saved "
				+ BenchmarkHarness.DRAFT_SAVE_WARMUP + " times, unmeasured, so that the measured saves run compiled code, as"
				+ " in a newsroom that saves all day. wrk, Dateline, PostgreSQL, nginx and Varnish"
				+ " share the machine's %s cores, and other work ran on them too (load average at the start: %s).\n\n",
				date, command, report.stories(), settings.wordsPerStory(), report.subjects(), report.mentions(),
				generation(report), settings.connections(), settings.runs(), settings.seconds(), settings.warmupSeconds(),
				report.machine().get("cores"), loadAverage()));
		md.append("| row | what | req/s | ratio to nginx | p50 ms | p99 ms | errors | in-app cache misses per request |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
		double nginx = row(report, "nginx").map(BenchmarkHarness.Row::rps).orElse(Double.NaN);
		for (String name : List.of("nginx", "baseline", "story", "story-churn", "story-cold", "story-varnish")) {
			row(report, name).ifPresent(r -> md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.3f | %.2f | %.2f | %d | %s |\n",
					name, name.equals("baseline") ? "Tomcat's own static file (a story page's bytes)" : r.what(), r.rps(),
					r.rps() / nginx, r.p50(), r.p99(), r.errors(), misses(harness.missesPerRequest(name)))));
		}
		BenchmarkHarness.Caching caching = report.caching();
		double story = rps(report, "story");
		md.append("\n| target (#16) | measured | met |\n|---|---|---|\n");
		target(md, "under churn at least 0.9 of the same pages with no writes", rps(report, "story-churn") / story, 0.9);
		target(md, "through Varnish at least 0.5 of nginx serving the same page as a static file", rps(report, "story-varnish") / nginx, 0.5);
		target(md, "cold (every cache bypassed) at least 0.1 of nginx", rps(report, "story-cold") / nginx, 0.1);
		target(md, "Tomcat's own static file at least 0.3 of nginx", rps(report, "baseline") / nginx, 0.3);
		md.append(String.format(Locale.ROOT, "| a draft save under that read load, median under 100 ms | %.1f ms (%d saves, %d publishes) | %s |\n",
				caching.draftSaveMedianMs(), caching.draftSaves(), caching.publishes(), caching.draftSaveMedianMs() < 100 ? "met" : "**not met**"));
		Churn.Breakdown parts = caching.saveBreakdown();
		if (parts != null) {
			md.append(String.format(Locale.ROOT, "| where a draft save's time went (medians) | %.1f ms on a processor, %.1f ms waiting in the run queue for one, %.1f ms waiting for PostgreSQL or a lock | |\n",
					parts.onCpuMs(), parts.runQueueMs(), parts.blockedMs()));
		}
		double p99 = row(report, "story").map(BenchmarkHarness.Row::p99).orElse(Double.NaN);
		double baseP99 = row(report, "baseline").map(BenchmarkHarness.Row::p99).orElse(Double.NaN);
		md.append(String.format(Locale.ROOT, "| story page p99 at most 2x the static baseline's p99 | %.2f ms against %.2f ms: %.2fx | %s |\n",
				p99, baseP99, p99 / baseP99, p99 <= 2 * baseP99 ? "met" : "**not met**"));
		md.append(String.format(Locale.ROOT, "| %,d requests with distinct random query strings leave the cache under its byte limit | %,d of %,d bytes in %,d pages | %s |\n",
				caching.memoryRequests(), caching.cacheBytes(), caching.cacheMaxBytes(), caching.cacheEntries(),
				caching.cacheBytes() <= caching.cacheMaxBytes() ? "met" : "**not met**"));
		if (profile != null) {
			md.append(String.format(Locale.ROOT, "%nThe cache-bypassed story page, profiled with JDK Flight Recorder during the first story-cold"
					+ " run (%,d method samples of Tomcat's request threads, one each 10 ms of a running thread). Where the time went,"
					+ " by the methods on top of the stack (self) and the application's and libraries' methods anywhere on it (total):%n%n", profile.samples()));
			md.append("| self | method | | total | method |\n|---:|---|---|---:|---|\n");
			int n = Math.max(profile.self().size(), profile.total().size());
			for (int i = 0; i < n; i++) {
				JfrProfile.Frame self = i < profile.self().size() ? profile.self().get(i) : null;
				JfrProfile.Frame total = i < profile.total().size() ? profile.total().get(i) : null;
				md.append(String.format(Locale.ROOT, "| %s | %s | | %s | %s |\n", self == null ? "" : percent(self),
						self == null ? "" : "`" + self.method() + "`", total == null ? "" : percent(total),
						total == null ? "" : "`" + total.method() + "`"));
			}
		}
		JfrProfile.Result baseline = harness.baselineProfile();
		if (baseline != null) {
			md.append(String.format(Locale.ROOT, "%nTomcat's own static file (the baseline row), profiled the same way during its first run (%,d samples):"
					+ " the methods on top of the stack.%n%n| self | method |%n|---:|---|%n", baseline.samples()));
			for (JfrProfile.Frame frame : baseline.self()) {
				md.append(String.format(Locale.ROOT, "| %s | `%s` |\n", percent(frame), frame.method()));
			}
		}
		md.append("\n").append(END).append("\n");
		return md.toString();
	}

	private static String misses(double perRequest) {
		return Double.isNaN(perRequest) ? "" : String.format(Locale.ROOT, "%.3f", perRequest);
	}

	private static String percent(JfrProfile.Frame frame) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * frame.share());
	}

	private static void target(StringBuilder md, String what, double ratio, double target) {
		md.append(String.format(Locale.ROOT, "| %s | %.3f | %s |\n", what, ratio, ratio >= target ? "met" : "**not met**"));
	}

	private static Optional<BenchmarkHarness.Row> row(BenchmarkHarness.Report report, String name) {
		return report.rows().stream().filter(r -> r.name().equals(name)).findFirst();
	}

	private static double rps(BenchmarkHarness.Report report, String name) {
		return row(report, name).map(BenchmarkHarness.Row::rps).orElse(Double.NaN);
	}

	private static String generation(BenchmarkHarness.Report report) {
		double seconds = report.generationSeconds();
		return seconds >= 0 ? String.format(Locale.ROOT, "generated in %.0f s", seconds)
				: String.format(Locale.ROOT, "generated by an earlier run in %.0f s and reused", -seconds);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	static void rewrite(Path file, String section) throws IOException {
		MarkedSection.rewrite(file, START, END, section);
	}

}
