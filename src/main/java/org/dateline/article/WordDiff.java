package org.dateline.article;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A word-level difference between two texts, as runs of unchanged, removed and added words.
 * Whitespace stays attached to the words, so the runs read back as the texts they came from.
 */
public final class WordDiff {

	/** How a run of text differs. */
	public enum Change {
		SAME, REMOVED, ADDED
	}

	/** A run of text and how it differs. */
	public record Segment(Change change, String text) {
	}

	private WordDiff() {
	}

	/** Past this many tokens on the two sides together, a stretch is not compared word by word. */
	static final int WORDS_AT_ONCE = 4_000;

	/** Past this many paragraphs on the two sides together, the bodies are not compared at all. */
	static final int PARAGRAPHS_AT_ONCE = 8_000;

	/**
	 * How much word-by-word comparison one diff may do, in units of (tokens on both sides)²: Myers'
	 * algorithm costs (N+M)·D, and D reaches N+M for unrelated texts.
	 */
	static final long BUDGET = 8_000_000L;

	/** Paragraph-level comparison is skipped when it would cost more than this (paragraphs × changes). */
	static final long PARAGRAPH_BUDGET = 4_000_000L;

	/**
	 * The difference between two texts. Myers' algorithm is quadratic on unrelated texts, so this
	 * never runs it on whole bodies: the common beginning and end are set aside, the rest is
	 * compared paragraph by paragraph, and only changed paragraphs are compared word by word, within
	 * a budget. A stretch too large or too different for that is shown as removed and added whole.
	 */
	public static List<Segment> between(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		List<Segment> segments = new ArrayList<>();
		long[] budget = { BUDGET };
		if (!words(segments, a, b, budget)) {
			paragraphs(segments, paragraphsOf(a), paragraphsOf(b), budget);
		}
		return joinChanges(segments);
	}

	/** Compares two runs of paragraphs, then the words of each changed pair. */
	private static void paragraphs(List<Segment> segments, List<List<String>> a, List<List<String>> b, long[] budget) {
		if (a.size() + b.size() > PARAGRAPHS_AT_ONCE) {
			append(segments, Change.REMOVED, flatten(a));
			append(segments, Change.ADDED, flatten(b));
			return;
		}
		List<String> keysA = a.stream().map(p -> String.join("", p)).toList();
		List<String> keysB = b.stream().map(p -> String.join("", p)).toList();
		// every paragraph found on one side only is at least one change: with many of them, Myers'
		// algorithm would be slow, and the paragraphs are as well compared in order, one pair at a time
		java.util.Set<String> inA = new java.util.HashSet<>(keysA);
		java.util.Set<String> inB = new java.util.HashSet<>(keysB);
		long changes = keysA.stream().filter(k -> !inB.contains(k)).count() + keysB.stream().filter(k -> !inA.contains(k)).count();
		Patch<String> patch = changes * (a.size() + b.size()) > PARAGRAPH_BUDGET ? wholePatch(keysA, keysB)
				: DiffUtils.diff(keysA, keysB);
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			append(segments, Change.SAME, flatten(a.subList(position, start)));
			int targetStart = delta.getTarget().getPosition();
			List<List<String>> removed = a.subList(start, start + delta.getSource().size());
			List<List<String>> added = b.subList(targetStart, targetStart + delta.getTarget().size());
			if (!words(segments, flatten(removed), flatten(added), budget)) {
				// too much to compare at once: pair the paragraphs up in order, the rest go whole
				int pairs = Math.min(removed.size(), added.size());
				for (int i = 0; i < pairs; i++) {
					if (!words(segments, removed.get(i), added.get(i), budget)) {
						append(segments, Change.REMOVED, removed.get(i));
						append(segments, Change.ADDED, added.get(i));
					}
				}
				append(segments, Change.REMOVED, flatten(removed.subList(pairs, removed.size())));
				append(segments, Change.ADDED, flatten(added.subList(pairs, added.size())));
			}
			position = start + delta.getSource().size();
		}
		append(segments, Change.SAME, flatten(a.subList(position, a.size())));
	}

	/** One change from everything in {@code a} to everything in {@code b}. */
	private static Patch<String> wholePatch(List<String> a, List<String> b) {
		Patch<String> patch = new Patch<>();
		patch.addDelta(new com.github.difflib.patch.ChangeDelta<>(new com.github.difflib.patch.Chunk<>(0, a),
				new com.github.difflib.patch.Chunk<>(0, b)));
		return patch;
	}

	/** Compares two runs word by word, if they are small enough and the budget allows. */
	private static boolean words(List<Segment> segments, List<String> a, List<String> b, long[] budget) {
		int prefix = 0;
		int max = Math.min(a.size(), b.size());
		while (prefix < max && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		long size = a.size() + b.size() - 2L * (prefix + suffix);
		if (size > WORDS_AT_ONCE || size * size > budget[0]) {
			return false;
		}
		budget[0] -= size * size;
		append(segments, Change.SAME, a.subList(0, prefix));
		middle(segments, a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));
		append(segments, Change.SAME, a.subList(a.size() - suffix, a.size()));
		return true;
	}

	private static void middle(List<Segment> segments, List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			append(segments, Change.REMOVED, a);
			append(segments, Change.ADDED, b);
			return;
		}
		Patch<String> patch = DiffUtils.diff(a, b);
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			append(segments, Change.SAME, a.subList(position, start));
			append(segments, Change.REMOVED, delta.getSource().getLines());
			append(segments, Change.ADDED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		append(segments, Change.SAME, a.subList(position, a.size()));
	}

	/** Splits tokens into paragraphs, each ending with the blank line after it. */
	private static List<List<String>> paragraphsOf(List<String> tokens) {
		List<List<String>> paragraphs = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.indexOf('\n') != token.lastIndexOf('\n')) {
				paragraphs.add(tokens.subList(start, i + 1));
				start = i + 1;
			}
		}
		if (start < tokens.size()) {
			paragraphs.add(tokens.subList(start, tokens.size()));
		}
		return paragraphs;
	}

	private static List<String> flatten(List<List<String>> paragraphs) {
		List<String> tokens = new ArrayList<>();
		paragraphs.forEach(tokens::addAll);
		return tokens;
	}

	/**
	 * Reads better as one change: "<del>old words</del><ins>new words</ins>" rather than changes
	 * interleaved word by word around the spaces they happen to share.
	 */
	private static List<Segment> joinChanges(List<Segment> segments) {
		List<Segment> joined = new ArrayList<>();
		int i = 0;
		while (i < segments.size()) {
			if (segments.get(i).change() == Change.SAME) {
				joined.add(segments.get(i++));
				continue;
			}
			StringBuilder removed = new StringBuilder();
			StringBuilder added = new StringBuilder();
			int j = i;
			while (j < segments.size()) {
				Segment s = segments.get(j);
				boolean spaceBetweenChanges = s.change() == Change.SAME && s.text().isBlank() && j + 1 < segments.size()
						&& segments.get(j + 1).change() != Change.SAME;
				if (s.change() == Change.REMOVED) {
					removed.append(s.text());
				}
				else if (s.change() == Change.ADDED) {
					added.append(s.text());
				}
				else if (spaceBetweenChanges) {
					removed.append(s.text());
					added.append(s.text());
				}
				else {
					break;
				}
				j++;
			}
			if (removed.length() > 0 && !removed.toString().isBlank()) {
				joined.add(new Segment(Change.REMOVED, removed.toString()));
			}
			if (added.length() > 0 && !added.toString().isBlank()) {
				joined.add(new Segment(Change.ADDED, added.toString()));
			}
			i = j;
		}
		return joined;
	}

	/** Whether the two texts differ at all. */
	public static boolean changed(List<Segment> segments) {
		return segments.stream().anyMatch(s -> s.change() != Change.SAME);
	}

	private static void append(List<Segment> segments, Change change, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		String text = String.join("", words);
		if (!segments.isEmpty() && segments.get(segments.size() - 1).change() == change) {
			Segment last = segments.remove(segments.size() - 1);
			text = last.text() + text;
		}
		segments.add(new Segment(change, text));
	}

	/** Runs of whitespace, words (letters, digits, apostrophes, hyphens), and single other characters. */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		int n = text.length();
		int i = 0;
		while (i < n) {
			int start = i;
			int c = text.codePointAt(i);
			if (space(c)) {
				while (i < n && space(text.charAt(i))) {
					i++;
				}
			}
			else if (wordChar(c)) {
				while (i < n && wordChar(c = text.codePointAt(i))) {
					i += Character.charCount(c);
				}
			}
			else {
				i += Character.charCount(c);
			}
			tokens.add(text.substring(start, i));
		}
		return tokens;
	}

	private static boolean space(int c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static boolean wordChar(int c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-';
		}
		if (c == '’' || Character.isLetter(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
	}

}
