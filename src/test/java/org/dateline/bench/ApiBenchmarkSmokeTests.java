package org.dateline.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content API's benchmarks at a tiny scale (100 stories, a second of load), so that they
 * cannot rot. Needs wrk: skipped loudly without it, and a failure under CI=true.
 */
class ApiBenchmarkSmokeTests {

	@TempDir
	Path dir;

	@Test
	void theApiBenchmarksMeasureTheListTheWalkAndWebhooks() throws Exception {
		if (LoadDriver.findWrk().isEmpty()) {
			String message = "API BENCHMARK SMOKE TEST SKIPPED: wrk is not installed. Install it with: sudo apt-get install wrk";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and " + message);
			}
			System.err.println("\n*** " + message + " ***\n");
			org.junit.jupiter.api.Assumptions.abort(message);
		}
		// a second of warm-up first: a cold server on a busy machine may answer nothing within one second
		ApiBenchmarks.Figures figures = ApiBenchmarks.measure(100, 1, 1, 1, 3, dir);
		assertThat(figures.walked()).isBetween(50L, 100L);
		assertThat(figures.pages()).isEqualTo(1);
		assertThat(figures.list().requests()).isPositive();
		assertThat(figures.list().errors()).isZero();
		assertThat(figures.baseline().requests()).isPositive();
		assertThat(figures.webhookMs()).hasSize(3).allMatch(ms -> !ms.isNaN() && ms >= 0);
		String markdown = ApiBenchmarks.markdown(figures, 1, 1, java.time.LocalDate.now());
		assertThat(markdown).contains("## Content API").contains("GET /api/v1/stories?limit=20");
	}

}
