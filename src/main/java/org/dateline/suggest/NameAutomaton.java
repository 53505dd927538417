package org.dateline.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over words rather than characters: each pattern is a name as a
 * sequence of normalized words, and the text is scanned once, word by word, reporting every
 * pattern that ends at each word. Working on interned word ids keeps it small (a name of three
 * words is three states, not twenty), which is what lets hundreds of thousands of names fit in a
 * few tens of megabytes; the transitions live in one open-addressing table keyed by (state, word).
 * Immutable once built, so it can be shared by concurrent requests.
 */
final class NameAutomaton {

	/** A match: pattern {@code pattern} covers words {@code first} to {@code last} of the text. */
	record Hit(int pattern, int first, int last) {
	}

	private final Map<String, Integer> words;

	/** Transition table: keys are (state << 32 | word), values the next state; -1 marks empty. */
	private final long[] keys;

	private final int[] targets;

	private final int[] failure;

	/** The nearest state along the failure chain (itself included) that ends a pattern, or -1. */
	private final int[] outputLink;

	/** Patterns ending at each state, as a linked list: first pattern, then next pattern. */
	private final int[] firstPattern;

	private final int[] nextPattern;

	private final int[] patternLength;

	private NameAutomaton(Map<String, Integer> words, long[] keys, int[] targets, int[] failure, int[] outputLink,
			int[] firstPattern, int[] nextPattern, int[] patternLength) {
		this.words = words;
		this.keys = keys;
		this.targets = targets;
		this.failure = failure;
		this.outputLink = outputLink;
		this.firstPattern = firstPattern;
		this.nextPattern = nextPattern;
		this.patternLength = patternLength;
	}

	/** Builds the automaton; pattern {@code i} is {@code patterns.get(i)}, a list of normalized words. */
	static NameAutomaton build(List<String[]> patterns) {
		Map<String, Integer> words = new HashMap<>();
		// the trie, with children kept as linked lists while building
		IntList childWord = new IntList();
		IntList childTarget = new IntList();
		IntList childNext = new IntList();
		IntList firstChild = new IntList();
		firstChild.add(-1);
		int states = 1;
		int[] endState = new int[patterns.size()];
		int[] lengths = new int[patterns.size()];
		// while building, transitions are found through a hash map (the root alone has a child per first word)
		Map<Long, Integer> building = new HashMap<>(patterns.size() * 2);
		for (int p = 0; p < patterns.size(); p++) {
			String[] pattern = patterns.get(p);
			int state = 0;
			for (String word : pattern) {
				int id = words.computeIfAbsent(word, w -> words.size());
				Integer existing = building.get(key(state, id));
				int child = existing == null ? -1 : existing;
				if (child < 0) {
					child = states++;
					firstChild.add(-1);
					childWord.add(id);
					childTarget.add(child);
					childNext.add(firstChild.get(state));
					firstChild.set(state, childWord.size() - 1);
					building.put(key(state, id), child);
				}
				state = child;
			}
			endState[p] = state;
			lengths[p] = pattern.length;
		}
		building = null;
		int edges = childWord.size();
		int capacity = Integer.highestOneBit(Math.max(16, edges * 2 - 1)) << 1;
		long[] keys = new long[capacity];
		Arrays.fill(keys, -1L);
		int[] targets = new int[capacity];
		for (int state = 0; state < states; state++) {
			for (int e = firstChild.get(state); e >= 0; e = childNext.get(e)) {
				put(keys, targets, key(state, childWord.get(e)), childTarget.get(e));
			}
		}
		int[] firstPattern = new int[states];
		Arrays.fill(firstPattern, -1);
		int[] nextPattern = new int[patterns.size()];
		for (int p = patterns.size() - 1; p >= 0; p--) {
			if (patterns.get(p).length == 0) {
				nextPattern[p] = -1;
				continue;
			}
			nextPattern[p] = firstPattern[endState[p]];
			firstPattern[endState[p]] = p;
		}
		// failure links, breadth first
		int[] failure = new int[states];
		int[] outputLink = new int[states];
		int[] queue = new int[states];
		int head = 0;
		int tail = 0;
		outputLink[0] = -1;
		for (int e = firstChild.get(0); e >= 0; e = childNext.get(e)) {
			int child = childTarget.get(e);
			failure[child] = 0;
			outputLink[child] = firstPattern[child] >= 0 ? child : -1;
			queue[tail++] = child;
		}
		while (head < tail) {
			int state = queue[head++];
			for (int e = firstChild.get(state); e >= 0; e = childNext.get(e)) {
				int word = childWord.get(e);
				int child = childTarget.get(e);
				int f = failure[state];
				int next;
				while ((next = get(keys, targets, key(f, word))) < 0 && f != 0) {
					f = failure[f];
				}
				failure[child] = next >= 0 && next != child ? next : 0;
				outputLink[child] = firstPattern[child] >= 0 ? child : outputLink[failure[child]];
				queue[tail++] = child;
			}
		}
		return new NameAutomaton(words, keys, targets, failure, outputLink, firstPattern, nextPattern, lengths);
	}

	/** Every pattern occurring in {@code words} (normalized), each as the words it covers. */
	List<Hit> find(List<String> text) {
		List<Hit> hits = new ArrayList<>();
		int state = 0;
		for (int i = 0; i < text.size(); i++) {
			Integer id = words.get(text.get(i));
			if (id == null) {
				state = 0;
				continue;
			}
			int next;
			while ((next = get(keys, targets, key(state, id))) < 0 && state != 0) {
				state = failure[state];
			}
			state = Math.max(next, 0);
			for (int out = outputLink[state]; out > 0; out = outputLink[failure[out]]) {
				for (int p = firstPattern[out]; p >= 0; p = nextPattern[p]) {
					hits.add(new Hit(p, i - patternLength[p] + 1, i));
				}
			}
		}
		return hits;
	}

	private static long key(int state, int word) {
		return ((long) state << 32) | (word & 0xffffffffL);
	}

	private static int slot(long key, int mask) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 29)) & mask;
	}

	private static void put(long[] keys, int[] targets, long key, int target) {
		int mask = keys.length - 1;
		int i = slot(key, mask);
		while (keys[i] != -1L) {
			i = (i + 1) & mask;
		}
		keys[i] = key;
		targets[i] = target;
	}

	private static int get(long[] keys, int[] targets, long key) {
		int mask = keys.length - 1;
		int i = slot(key, mask);
		while (true) {
			long k = keys[i];
			if (k == key) {
				return targets[i];
			}
			if (k == -1L) {
				return -1;
			}
			i = (i + 1) & mask;
		}
	}

	/** A growable int array, to build without boxing. */
	private static final class IntList {

		private int[] values = new int[1024];

		private int size;

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int get(int i) {
			return values[i];
		}

		void set(int i, int value) {
			values[i] = value;
		}

		int size() {
			return size;
		}

	}

}
