package org.dateline.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dateline.subject.SubjectNames;

/**
 * A text cut into words, each with its normalized form (as {@link SubjectNames#normalize} gives
 * for names), its place in the original text, and what the candidate patterns need to know:
 * whether it is capitalized, whether it starts a sentence, and whether only spaces or a hyphen
 * separate it from the word before. An apostrophe splits a word ("O'Brien" is "o brien", as in a
 * normalized name); a possessive "'s" is dropped and marks the word before it.
 */
final class Tokens {

	/** One word of the text. */
	record Token(String norm, int start, int end, boolean capitalized, boolean allCaps, boolean sentenceStart,
			boolean joined, boolean possessive) {
	}

	private final String text;

	private final List<Token> tokens;

	private java.util.Set<String> properWords;

	private java.util.Set<String> lowercaseWords;

	private Tokens(String text, List<Token> tokens) {
		this.text = text;
		this.tokens = tokens;
	}

	/**
	 * Whether the word is written capitalized somewhere in the text other than at the start of a
	 * sentence: a proper noun ("Aldergate"), not a common word that happens to start a sentence.
	 */
	boolean isProperWord(String norm) {
		if (properWords == null) {
			java.util.Set<String> words = new java.util.HashSet<>();
			for (Token t : tokens) {
				if (t.capitalized() && !t.sentenceStart()) {
					words.add(t.norm());
				}
			}
			properWords = words;
		}
		return properWords.contains(norm);
	}

	static Tokens of(String text) {
		// about one word in six characters of running text: sized once, not grown a word at a time
		List<Token> tokens = new ArrayList<>(text.length() / 6 + 8);
		int n = text.length();
		int i = 0;
		int previousEnd = 0;
		while (i < n) {
			int cp = text.codePointAt(i);
			if (!isWordChar(cp) || Character.getType(cp) == Character.FORMAT) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			while (i < n) {
				int c = text.codePointAt(i);
				if (!isWordChar(c)) {
					break;
				}
				i += Character.charCount(c);
			}
			int end = i;
			// a possessive: word + apostrophe + "s" + not a letter
			if (end < n && isApostrophe(text.charAt(end)) && end + 1 < n
					&& (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
					&& (end + 2 >= n || !isWordChar(text.codePointAt(end + 2)))) {
				add(tokens, text, start, end, previousEnd, true);
				i = end + 2;
				previousEnd = end;
				continue;
			}
			if (end < n && isApostrophe(text.charAt(end)) && (end + 1 >= n || !isWordChar(text.codePointAt(end + 1)))) {
				// plural possessive ("Shippers'")
				add(tokens, text, start, end, previousEnd, true);
				previousEnd = end;
				continue;
			}
			add(tokens, text, start, end, previousEnd, false);
			previousEnd = end;
		}
		return new Tokens(text, tokens);
	}

	private static void add(List<Token> tokens, String text, int start, int end, int previousEnd, boolean possessive) {
		String raw = text.substring(start, end);
		String norm = normalizeWord(raw);
		if (norm.isEmpty()) {
			return;
		}
		int first = firstLetter(raw);
		boolean capitalized = first >= 0 && Character.isUpperCase(first);
		boolean allCaps = capitalized && allCapitals(raw);
		int gapStart = previousEnd;
		if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).possessive() && gapStart < start
				&& isApostrophe(text.charAt(gapStart))) {
			// "Fishermen's Cooperative", "Shippers' Association": the possessive does not break a name
			gapStart++;
			if (gapStart < start && (text.charAt(gapStart) == 's' || text.charAt(gapStart) == 'S')) {
				gapStart++;
			}
		}
		boolean joined = !tokens.isEmpty() && gapStart < start && joiningGap(text, gapStart, start);
		boolean sentenceStart = tokens.isEmpty()
				|| startsSentence(text, gapStart, start) && !afterAbbreviation(tokens, text, gapStart, start);
		if (norm.indexOf(' ') >= 0) {
			// a word that normalizes to two (rare: a letter folded into a separator) stays one token
			norm = norm.replace(' ', '_');
		}
		tokens.add(new Token(norm, start, end, capitalized, allCaps, sentenceStart, joined, possessive));
	}

	/** Abbreviations whose full stop does not end a sentence: "Gov. Gavin", "Dr. Nicole", "Robert T. Ashby". */
	private static final java.util.Set<String> ABBREVIATIONS = new java.util.HashSet<>(java.util.Arrays.asList("mr", "mrs", "ms", "dr", "prof", "gov",
			"rep", "sen", "lt", "gen", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "atty", "supt", "insp", "det",
			"rev", "hon", "st", "mt", "ft", "no", "vs", "amb", "gen", "brig", "pres", "sec", "jr", "sr", "inc", "corp",
			"co", "ltd", "messrs", "mx", "fr", "u", "s", "k", "d", "r"));

	private static boolean afterAbbreviation(List<Token> tokens, String text, int from, int to) {
		if (tokens.isEmpty() || !onlyAFullStop(text, from, to)) {
			return false;
		}
		Token previous = tokens.get(tokens.size() - 1);
		String raw = text.substring(previous.start(), previous.end());
		boolean initial = raw.length() == 1 && Character.isUpperCase(raw.charAt(0));
		return initial || previous.capitalized() && ABBREVIATIONS.contains(previous.norm())
				&& !previous.norm().equals("no") && !previous.norm().equals("inc") && !previous.norm().equals("jr")
				&& !previous.norm().equals("sr") && !previous.norm().equals("co") && !previous.norm().equals("ltd")
				&& !previous.norm().equals("corp");
	}

	/** Whether the gap holds one full stop and otherwise only white space. */
	private static boolean onlyAFullStop(String text, int from, int to) {
		int stops = 0;
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (c == '.') {
				stops++;
			}
			else if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		return stops == 1;
	}

	private static boolean startsSentence(String text, int from, int to) {
		for (int k = to - 1; k >= from; k--) {
			char c = text.charAt(k);
			if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u2014' || c == ':') {
				return true;
			}
			if (Character.isLetterOrDigit(c) || c == ',' || c == ';') {
				return false;
			}
		}
		return false;
	}

	private static int firstLetter(String raw) {
		for (int k = 0; k < raw.length();) {
			int cp = raw.codePointAt(k);
			if (Character.isLetter(cp)) {
				return cp;
			}
			k += Character.charCount(cp);
		}
		return -1;
	}

	/** At least two letters, all of them capitals ("NATO", "U.N."). */
	private static boolean allCapitals(String raw) {
		int letters = 0;
		for (int k = 0; k < raw.length();) {
			int cp = raw.codePointAt(k);
			if (Character.isLetter(cp)) {
				if (!Character.isUpperCase(cp)) {
					return false;
				}
				letters++;
			}
			k += Character.charCount(cp);
		}
		return letters >= 2;
	}

	/** Only spaces, hyphens and invisible format characters between two words: they may form one name. */
	private static boolean joiningGap(String text, int from, int to) {
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (!(c == ' ' || c == '-' || c == '\u00A0' || c == '\u2010' || c == '\u2011'
					|| Character.getType(c) == Character.FORMAT)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A name's key, exactly as {@link SubjectNames#normalize} gives it, without its regular
	 * expressions when the name is plain ASCII (almost always): lower case, a possessive "'s" or
	 * "'" before a space or the end dropped, every run of other characters one space.
	 */
	static String key(String name) {
		if (name == null) {
			return "";
		}
		int n = name.length();
		for (int k = 0; k < n; k++) {
			if (name.charAt(k) > 127) {
				return SubjectNames.normalize(name);
			}
		}
		StringBuilder out = new StringBuilder(n);
		boolean gap = false;
		for (int k = 0; k < n; k++) {
			char c = name.charAt(k);
			if (c == '\'') {
				int after = k + 1 < n && (name.charAt(k + 1) == 's' || name.charAt(k + 1) == 'S') ? k + 2 : k + 1;
				if (after >= n || " \t\n\u000B\f\r".indexOf(name.charAt(after)) >= 0) {
					k = after - 1;
					continue;
				}
			}
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + 32);
			}
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				if (gap && out.length() > 0) {
					out.append(' ');
				}
				gap = false;
				out.append(c);
			}
			else {
				gap = true;
			}
		}
		return out.toString();
	}

	/** A word's normalized form: ASCII words the quick way, anything else as names are normalized. */
	static String normalizeWord(String raw) {
		boolean ascii = true;
		for (int k = 0; k < raw.length(); k++) {
			char c = raw.charAt(k);
			if (c > 127) {
				ascii = false;
				break;
			}
		}
		return ascii ? raw.toLowerCase(Locale.ROOT) : SubjectNames.normalize(raw);
	}

	static boolean isWordChar(int cp) {
		int type = Character.getType(cp);
		return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || type == Character.FORMAT;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

	private java.util.Map<String, Integer> standalone;

	/** How many times the word stands alone, capitalized, in the text ("Varkova said"). */
	int standaloneCount(String norm) {
		if (standalone == null) {
			java.util.Map<String, Integer> counts = new java.util.HashMap<>();
			for (int k = 0; k < tokens.size(); k++) {
				if (Candidates.standalone(this, k)) {
					counts.merge(tokens.get(k).norm(), 1, Integer::sum);
				}
			}
			standalone = counts;
		}
		return standalone.getOrDefault(norm, 0);
	}

	private java.util.Map<String, int[]> positions;

	private static final int[] NOWHERE = new int[0];

	/** Where the word (normalized) stands in the text, in order: token indexes. */
	int[] positions(String norm) {
		if (positions == null) {
			java.util.Map<String, int[]> at = new java.util.HashMap<>(tokens.size());
			for (int k = 0; k < tokens.size(); k++) {
				// slot 0 holds how many positions follow, so each word's array grows in place
				int[] slots = at.computeIfAbsent(tokens.get(k).norm(), x -> new int[3]);
				if (slots[0] + 1 == slots.length) {
					slots = java.util.Arrays.copyOf(slots, slots.length * 2);
					at.put(tokens.get(k).norm(), slots);
				}
				slots[++slots[0]] = k;
			}
			at.replaceAll((w, slots) -> java.util.Arrays.copyOfRange(slots, 1, slots[0] + 1));
			positions = at;
		}
		return positions.getOrDefault(norm, NOWHERE);
	}

	/** Whether the word (normalized) is anywhere in the text. */
	boolean hasWord(String norm) {
		return positions(norm).length > 0;
	}

	/** Whether the word is written in lower case somewhere in the text: a common word, not a name. */
	boolean isCommonWord(String norm) {
		if (lowercaseWords == null) {
			java.util.Set<String> words = new java.util.HashSet<>();
			for (Token t : tokens) {
				if (!t.capitalized()) {
					words.add(t.norm());
				}
			}
			lowercaseWords = words;
		}
		return lowercaseWords.contains(norm);
	}

	List<Token> list() {
		return tokens;
	}

	int size() {
		return tokens.size();
	}

	Token get(int i) {
		return tokens.get(i);
	}

	/** The original text from token {@code first} to token {@code last}, inclusive. */
	String surface(int first, int last) {
		int from = tokens.get(first).start();
		int to = tokens.get(last).end();
		StringBuilder out = new StringBuilder(to - from);
		boolean space = false;
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (Character.getType(c) == Character.FORMAT) {
				continue;
			}
			if (Character.isWhitespace(c)) {
				space = true;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c);
		}
		return out.toString();
	}

	String text() {
		return text;
	}

}
