package org.dateline.article;

import java.util.List;

import org.dateline.article.WordDiff.Change;
import org.dateline.article.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void unchangedTextIsOneSameRun() {
		assertThat(WordDiff.between("Talks resume in Rome.", "Talks resume in Rome."))
			.containsExactly(new Segment(Change.SAME, "Talks resume in Rome."));
	}

	@Test
	void aReplacedPhraseReadsAsOneRemovalAndOneAddition() {
		List<Segment> diff = WordDiff.between("Talks resume in Rome on Sunday.", "Talks resume in Doha next week.");
		assertThat(diff).containsExactly(new Segment(Change.SAME, "Talks resume in "),
				new Segment(Change.REMOVED, "Rome on Sunday"), new Segment(Change.ADDED, "Doha next week"),
				new Segment(Change.SAME, "."));
		assertThat(WordDiff.changed(diff)).isTrue();
	}

	@Test
	void insertionsAndDeletionsKeepTheirPlace() {
		assertThat(WordDiff.between("The vote passed.", "The close vote passed narrowly."))
			.extracting(Segment::change, Segment::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Change.SAME, "The "),
					org.assertj.core.groups.Tuple.tuple(Change.ADDED, "close "),
					org.assertj.core.groups.Tuple.tuple(Change.SAME, "vote passed"),
					org.assertj.core.groups.Tuple.tuple(Change.ADDED, " narrowly"),
					org.assertj.core.groups.Tuple.tuple(Change.SAME, "."));
	}

}
