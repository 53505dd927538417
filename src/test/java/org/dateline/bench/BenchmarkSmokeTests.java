package org.dateline.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness at a tiny scale (100 stories, about 5 seconds of load in all), so that it
 * cannot rot. Needs wrk, like the full run: skipped loudly without it, and a failure under CI=true.
 */
@Tag("slow")
class BenchmarkSmokeTests {

	@TempDir
	Path dir;

	@Test
	void theHarnessGeneratesLoadsMeasuresAndReports() throws Exception {
		if (LoadDriver.findWrk().isEmpty()) {
			String message = "BENCHMARK SMOKE TEST SKIPPED: wrk is not installed. Install it with: sudo apt-get install wrk";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and " + message);
			}
			System.err.println("\n*** " + message + " ***\n");
			org.junit.jupiter.api.Assumptions.abort(message);
		}
		BenchmarkHarness.Report report = new BenchmarkHarness(
				new BenchmarkHarness.Settings(100, 120, 50, 5, 1, 0, 1, 8, dir)).run();
		assertThat(report.stories()).isEqualTo(100);
		assertThat(report.subjects()).isEqualTo(50);
		assertThat(report.mentions()).isBetween(200L, 800L);
		assertThat(report.rows()).extracting(BenchmarkHarness.Row::name)
			.startsWith("baseline", "story", "front", "section", "subject", "subject-top", "search", "search-1",
					"feed", "conditional", "story-churn", "story-cold");
		assertThat(report.caching().draftSaves()).as("drafts saved during the churn row").isPositive();
		assertThat(report.caching().cacheBytes()).isLessThanOrEqualTo(report.caching().cacheMaxBytes());
		assertThat(report.rows()).allSatisfy(row -> {
			assertThat(row.rps()).as(row.name()).isPositive();
			assertThat(row.errors()).as(row.name() + " errors").isZero();
		});
		// the warm story row is served from the primed cache; the cold row builds the page, so it shows the SQL
		BenchmarkHarness.Row cold = report.rows().stream().filter(row -> row.name().equals("story-cold")).findFirst()
			.orElseThrow();
		assertThat(cold.statements()).as("story page SQL, built on each request")
			.anySatisfy(s -> assertThat(s).contains("from article"));
		assertThat(report.explained()).isNotEmpty().allSatisfy(e -> assertThat(e.medianMs()).isNotNegative());
		assertThat(report.explained()).extracting(BenchmarkHarness.Explained::query)
			.anySatisfy(q -> assertThat(q).startsWith("expanded coverage"))
			.anySatisfy(q -> assertThat(q).startsWith("timeline page 1"));

		String markdown = BenchmarkReport.markdown(report, java.util.List.of(), java.time.LocalDate.now());
		Path out = dir.resolve("benchmarks.md");
		Files.writeString(out, markdown);
		assertThat(markdown).contains("| story |", "ratio to baseline", "EXPLAIN ANALYZE");
	}

}
