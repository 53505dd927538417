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


	static String unrelatedBody(long seed, int bytes) {
		java.util.Random random = new java.util.Random(seed);
		StringBuilder text = new StringBuilder();
		while (text.length() < bytes) {
			for (int sentence = 0; sentence < 5; sentence++) {
				int words = 8 + random.nextInt(12);
				for (int w = 0; w < words; w++) {
					int letters = 2 + random.nextInt(8);
					for (int l = 0; l < letters; l++) {
						text.append((char) ('a' + random.nextInt(26)));
					}
					text.append(w + 1 < words ? " " : ". ");
				}
			}
			text.append("\n\n");
		}
		return text.toString().strip();
	}

	static String text(List<Segment> diff, Change skipped) {
		StringBuilder text = new StringBuilder();
		diff.stream().filter(s -> s.change() != skipped).forEach(s -> text.append(s.text()));
		return text.toString();
	}

	@Test
	void unrelatedMegabyteBodiesDiffWithoutQuadraticBlowUp() {
		String before = unrelatedBody(1, 1_000_000);
		String after = unrelatedBody(2, 1_000_000);
		List<Segment> diff = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
				() -> WordDiff.between(before, after));
		assertThat(text(diff, Change.ADDED).replaceAll("\\s+", " ")).isEqualTo(before.replaceAll("\\s+", " "));
		assertThat(text(diff, Change.REMOVED).replaceAll("\\s+", " ")).isEqualTo(after.replaceAll("\\s+", " "));
		// one paragraph without any blank line in it, unrelated on the two sides
		String flatBefore = before.replace("\n\n", " ");
		String flatAfter = after.replace("\n\n", " ");
		List<Segment> flat = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
				() -> WordDiff.between(flatBefore, flatAfter));
		assertThat(text(flat, Change.ADDED)).isEqualTo(flatBefore);
	}

	@Test
	void anEditInsideALargeBodyIsStillShownWordByWord() {
		String before = unrelatedBody(3, 136_000);
		String after = before.replaceFirst("\\. ", ". Inserted words here. ");
		int middle = after.indexOf("\n\n", after.length() / 2);
		String edited = after.substring(0, middle + 2) + "changed " + after.substring(middle + 2);
		List<Segment> diff = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
				() -> WordDiff.between(before, edited));
		assertThat(diff).filteredOn(s -> s.change() == Change.ADDED).extracting(s -> s.text().strip())
			.containsExactly("Inserted words here.", "changed");
		assertThat(diff).filteredOn(s -> s.change() == Change.REMOVED).isEmpty();
		// many paragraphs each edited lightly, and unrelated paragraphs between them
		StringBuilder many = new StringBuilder();
		String[] paragraphs = before.split("\n\n");
		for (int i = 0; i < paragraphs.length; i++) {
			many.append(i % 2 == 0 ? paragraphs[i].replaceFirst(" ", " extra ") : unrelatedBody(i, 300)).append("\n\n");
		}
		List<Segment> lightly = WordDiff.between(before, many.toString().strip());
		assertThat(lightly).filteredOn(s -> s.change() == Change.ADDED && s.text().equals("extra "))
			.hasSize((paragraphs.length + 1) / 2);
	}

}
