package org.dateline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes newsroom-shaped text of our own: a vocabulary of invented words built from syllables,
 * used with a Zipf-like skew (a few words very common, most rare) between ordinary English
 * function words, so that full-text indexes and queries behave as they would on real copy.
 */
final class TextGenerator {

	private static final String[] ONSETS = { "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m",
			"n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z" };

	private static final String[] NUCLEI = { "a", "e", "i", "o", "u", "ai", "ea", "ou", "ie" };

	private static final String[] CODAS = { "", "", "n", "r", "s", "l", "t", "nd", "rk", "m" };

	private static final String[] FUNCTION_WORDS = { "the", "of", "and", "to", "in", "a", "for", "on", "with",
			"said", "that", "by", "from", "at", "was", "after", "will", "has", "its", "their", "over", "new", "as" };

	static final String[] PLACES = { "Oslo", "Lisbon", "Nairobi", "Quito", "Hanoi", "Tbilisi", "Accra", "Perth",
			"Tallinn", "Lima", "Seville", "Osaka", "Dakar", "Krakow", "Halifax", "Tunis" };

	private final String[] vocabulary;

	private final double[] cumulative;

	private final SplittableRandom random;

	TextGenerator(long seed, int vocabularySize) {
		this.random = new SplittableRandom(seed);
		this.vocabulary = new String[vocabularySize];
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < vocabularySize; i++) {
			String word;
			do {
				word = word(1 + random.nextInt(3));
			}
			while (word.length() < 4 || !seen.add(word));
			vocabulary[i] = word;
		}
		cumulative = new double[vocabularySize];
		double total = 0;
		for (int i = 0; i < vocabularySize; i++) {
			total += 1.0 / Math.pow(i + 1, 1.07);
			cumulative[i] = total;
		}
		for (int i = 0; i < vocabularySize; i++) {
			cumulative[i] /= total;
		}
	}

	private String word(int syllables) {
		StringBuilder sb = new StringBuilder();
		for (int s = 0; s < syllables; s++) {
			sb.append(pick(ONSETS)).append(pick(NUCLEI)).append(pick(CODAS));
		}
		return sb.toString();
	}

	private String pick(String[] options) {
		return options[random.nextInt(options.length)];
	}

	/** A content word, common ones more often. */
	String contentWord() {
		double r = random.nextDouble();
		int lo = 0;
		int hi = cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] < r) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return vocabulary[lo];
	}

	/** A word from the middle of the vocabulary: common enough to match, rare enough to rank. */
	String searchWord() {
		return vocabulary[50 + random.nextInt(Math.min(1500, vocabulary.length - 50))];
	}

	String sentence(int words) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < words; i++) {
			String w = random.nextInt(3) == 0 ? pick(FUNCTION_WORDS) : contentWord();
			if (i == 0) {
				w = capitalize(w);
			}
			else {
				sb.append(' ');
			}
			sb.append(w);
		}
		return sb.append('.').toString();
	}

	String headline() {
		int words = 5 + random.nextInt(6);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i > 0) {
				sb.append(' ');
			}
			String w = i % 3 == 1 ? pick(FUNCTION_WORDS) : contentWord();
			sb.append(i == 0 ? capitalize(w) : w);
		}
		return sb.toString();
	}

	/** Paragraphs of about {@code words} words in all. */
	List<String> paragraphs(int words) {
		List<String> paragraphs = new ArrayList<>();
		int written = 0;
		while (written < words) {
			StringBuilder p = new StringBuilder();
			int sentences = 2 + random.nextInt(3);
			for (int s = 0; s < sentences && written < words; s++) {
				int length = 8 + random.nextInt(16);
				if (p.length() > 0) {
					p.append(' ');
				}
				p.append(sentence(length));
				written += length;
			}
			paragraphs.add(p.toString());
		}
		return paragraphs;
	}

	private static final String[] ORGANIZATION_WORDS = { "Ministry", "Agency", "Council", "Group", "Bank", "Union",
			"Party", "Holdings", "Authority", "Institute", "Front", "Commission", "Federation", "Movement", "Shipping" };

	private static final String[] EVENT_WORDS = { "Summit", "Talks", "Election", "Conference", "Strike", "Accord",
			"Inquiry", "Congress", "Referendum", "Games" };

	/** A capitalized made-up name word of 2 or 3 syllables. */
	String nameWord() {
		return capitalize(word(2 + random.nextInt(2)));
	}

	/** A person's name: given name and surname, sometimes with a particle ("al-", "van"). */
	String personName() {
		String given = nameWord();
		String surname = nameWord();
		return switch (random.nextInt(12)) {
			case 0 -> given + " al-" + surname;
			case 1 -> given + " van " + surname;
			case 2 -> given + " " + nameWord() + " " + surname;
			default -> given + " " + surname;
		};
	}

	/** An organization's name, such as "Brandor Shipping" or "Ministry of Kelvar". */
	String organizationName() {
		String kind = pick(ORGANIZATION_WORDS);
		return random.nextInt(3) == 0 ? kind + " of " + nameWord() : nameWord() + " " + kind;
	}

	/** An event's name, such as "Tarsen Summit". */
	String eventName() {
		return nameWord() + " " + pick(EVENT_WORDS);
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	long nextLong(long bound) {
		return random.nextLong(bound);
	}

	double nextDouble() {
		return random.nextDouble();
	}

	private static String capitalize(String w) {
		return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
	}

}
