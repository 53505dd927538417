package org.dateline.reliability;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of the kill-9 scenario that runs in every build: two kills in the middle of a
 * stream of saves, each followed by a start that recovers the orphaned PostgreSQL. The full run
 * ({@code ReliabilitySuite}) does at least 50.
 */
@Tag("slow")
class KillDuringSavesTests {

	@TempDir
	Path dir;

	@Test
	void killingDatelineMidSaveLosesNoAcknowledgedSaveAndPublishesEveryScheduledStoryOnce() throws Exception {
		KillDuringSaves.Figures figures = KillDuringSaves.run(dir, 2, 20261201L);

		assertThat(figures.problems()).isEmpty();
		assertThat(figures.acknowledged()).as("saves were acknowledged before the kills").isGreaterThan(3);
		assertThat(figures.found()).isEqualTo(figures.acknowledged());
		assertThat(figures.serverErrors()).isZero();
		assertThat(figures.scheduled()).isEqualTo(2);
		assertThat(figures.publishedOnce()).isEqualTo(2);
	}

}
