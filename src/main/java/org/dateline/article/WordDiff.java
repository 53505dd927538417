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
		return joinChanges(segments);
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
