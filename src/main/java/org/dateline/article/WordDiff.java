package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

	private WordDiff() {
	}

	public static List<Segment> between(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		Patch<String> patch = DiffUtils.diff(a, b);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			append(segments, Change.SAME, a.subList(position, start));
			append(segments, Change.REMOVED, delta.getSource().getLines());
			append(segments, Change.ADDED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		append(segments, Change.SAME, a.subList(position, a.size()));
		return segments;
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

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

}
