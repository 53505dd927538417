package org.dateline.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.subject.SubjectKind;
import org.dateline.suggest.Gazetteer.Hit;
import org.dateline.suggest.Gazetteer.Named;
import org.dateline.suggest.Tokens.Token;

/**
 * Reads plain text and proposes subjects. Pure and thread-safe: give it a gazetteer snapshot and
 * the text.
 * <ol>
 * <li>Known subjects: every name and alias in the text, whole words, case, accents and
 * punctuation ignored, possessives allowed; where names overlap, the longest wins; a name that is
 * part of a longer capitalized name ("Hartmann" in "Lars Hartmann") is not a mention.</li>
 * <li>Short forms: once a person is named in full, the later "Abu Marzouk" or "Marzouk" is the
 * same person, and a shared alias ("Novak") that one of them explains is resolved to it.</li>
 * <li>New people and organizations: see {@link Candidates}.</li>
 * </ol>
 */
final class SuggestionEngine {

	private SuggestionEngine() {
	}

	static List<Suggestion> suggest(LiveGazetteer.Snapshot gazetteer, String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Tokens tokens = Tokens.of(text);
		if (tokens.size() == 0) {
			return List.of();
		}
		List<String> words = new ArrayList<>(tokens.size());
		for (Token t : tokens.list()) {
			words.add(t.norm());
		}
		List<Hit> hits = new ArrayList<>();
		for (Hit hit : gazetteer.find(words)) {
			if (!partOfLongerName(tokens, hit.first(), hit.last()) && (!hit.capitalized() || hasCapital(tokens, hit))
					&& !shortFormOfAnotherOrganization(gazetteer, tokens, hit)) {
				hits.add(hit);
			}
		}
		hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparing(Hit::fullName, Comparator.reverseOrder())
			.thenComparingInt(Hit::first));
		long[] subjectAt = new long[tokens.size()];
		boolean[] taken = new boolean[tokens.size()];
		List<Hit> chosen = new ArrayList<>();
		for (Hit hit : hits) {
			if (free(taken, hit.first(), hit.last())) {
				mark(taken, hit.first(), hit.last());
				chosen.add(hit);
			}
		}
		chosen.sort(Comparator.comparingInt(Hit::first));
		Map<Long, Found> known = new LinkedHashMap<>();
		List<Hit> ambiguous = new ArrayList<>();
		for (Hit hit : chosen) {
			if (hit.subjects().length == 1) {
				found(known, gazetteer.subject(hit.subjects()[0]), tokens.surface(hit.first(), hit.last()));
				fill(subjectAt, hit.first(), hit.last(), hit.subjects()[0]);
			}
			else {
				ambiguous.add(hit);
			}
		}
		shortForms(tokens, taken, subjectAt, known, ambiguous);

		List<Suggestion> result = new ArrayList<>();
		for (Found f : known.values()) {
			result.add(new Suggestion(f.subject.name(), f.subject.kind(), f.subject.id(), List.copyOf(f.matched), null,
					null, List.of(), List.of(), "subject:" + f.subject.id()));
		}
		Map<String, Suggestion> ambiguities = new LinkedHashMap<>();
		for (Hit hit : ambiguous) {
			String surface = tokens.surface(hit.first(), hit.last());
			String key = "ambiguous:" + Tokens.key(surface);
			Suggestion existing = ambiguities.get(key);
			if (existing != null) {
				if (!existing.matched().contains(surface)) {
					List<String> matched = new ArrayList<>(existing.matched());
					matched.add(surface);
					ambiguities.put(key, new Suggestion(existing.name(), existing.kind(), null, List.copyOf(matched), null,
							null, existing.candidates(), List.of(), key));
				}
				continue;
			}
			List<Suggestion.Option> options = Arrays.stream(hit.subjects()).mapToObj(gazetteer::subject)
				.filter(java.util.Objects::nonNull)
				.map(n -> new Suggestion.Option(n.id(), n.name(), n.kind()))
				.toList();
			SubjectKind kind = options.stream().map(Suggestion.Option::kind).distinct().count() == 1 ? options.get(0).kind()
					: null;
			ambiguities.put(key, new Suggestion(surface, kind, null, List.of(surface), null, null, options, List.of(), key));
		}
		result.addAll(ambiguities.values());
		result.addAll(Candidates.find(tokens, taken, subjectAt, gazetteer));
		return result;
	}

	/**
	 * An organization's short form that, in this text, belongs to a longer name that is not the
	 * known one: "National Bank" in "National Bank of Ukraine", or "Rovers" where the story is about
	 * "Kilbride Rovers" and never names the known "Kessling Rovers".
	 */
	private static boolean shortFormOfAnotherOrganization(LiveGazetteer.Snapshot gazetteer, Tokens tokens, Hit hit) {
		if (hit.subjects().length != 1) {
			return false;
		}
		Named subject = gazetteer.subject(hit.subjects()[0]);
		if (subject == null || subject.kind() != SubjectKind.ORGANIZATION
				|| joined(tokens, hit.first(), hit.last()).equals(Tokens.key(subject.name()).replace('-', ' '))) {
			return false;
		}
		int after = hit.last() + 1;
		if (after + 1 < tokens.size() && tokens.get(after).norm().equals("of") && tokens.get(after).joined()
				&& tokens.get(after + 1).capitalized() && tokens.get(after + 1).joined()) {
			return true;
		}
		String full = Tokens.key(subject.name());
		int length = hit.last() - hit.first() + 1;
		for (int i : tokens.positions(tokens.get(hit.first()).norm())) {
			if (i == 0 || i + length > tokens.size() || i == hit.first() || !tokens.get(i).joined()) {
				continue;
			}
			boolean same = true;
			for (int w = 0; w < length && same; w++) {
				same = tokens.get(i + w).norm().equals(tokens.get(hit.first() + w).norm());
			}
			Token before = tokens.get(i - 1);
			if (same && before.capitalized() && (!before.sentenceStart() || !tokens.isCommonWord(before.norm())) && !titleish(before.norm())
					&& !Lexicon.NOT_NAMES.contains(before.norm()) && !full.contains(before.norm() + " " + tokens.get(i).norm())) {
				return true;
			}
		}
		return false;
	}

	/** A known subject and the forms it appeared in. */
	private static final class Found {

		final Named subject;

		final Set<String> matched = new LinkedHashSet<>();

		Found(Named subject) {
			this.subject = subject;
		}

	}

	private static void found(Map<Long, Found> known, Named subject, String surface) {
		if (subject != null) {
			known.computeIfAbsent(subject.id(), id -> new Found(subject)).matched.add(surface);
		}
	}

	/**
	 * Later mentions of people named in full: "Abu Marzouk" or "Marzouk" after "Mousa Abu Marzouk".
	 * A short form two people share is left alone; an ambiguous alias that one named person explains
	 * is given to that person.
	 */
	private static void shortForms(Tokens tokens, boolean[] taken, long[] subjectAt, Map<Long, Found> known,
			List<Hit> ambiguous) {
		Map<String, Long> forms = new HashMap<>();
		for (Found f : List.copyOf(known.values())) {
			if (f.subject.kind() != SubjectKind.PERSON) {
				continue;
			}
			List<Token> name = Tokens.of(f.subject.name()).list();
			for (int k = 1; k < name.size(); k++) {
				boolean particle = Lexicon.NAME_PARTICLES.contains(name.get(k).norm());
				if (particle && name.size() - k < 2) {
					continue;
				}
				StringBuilder form = new StringBuilder();
				for (int m = k; m < name.size(); m++) {
					form.append(m > k ? " " : "").append(name.get(m).norm());
				}
				forms.merge(form.toString(), f.subject.id(), (a, b) -> a.equals(b) ? a : -1L);
			}
		}
		if (forms.isEmpty()) {
			return;
		}
		for (Hit hit : List.copyOf(ambiguous)) {
			String surface = joined(tokens, hit.first(), hit.last());
			Long owner = forms.get(surface);
			if (owner != null && owner > 0 && Arrays.stream(hit.subjects()).anyMatch(id -> id == owner)) {
				ambiguous.remove(hit);
				found(known, known.get(owner).subject, tokens.surface(hit.first(), hit.last()));
				fill(subjectAt, hit.first(), hit.last(), owner);
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			if (taken[i] || !tokens.get(i).capitalized()) {
				continue;
			}
			for (int length = Math.min(3, tokens.size() - i); length >= 1; length--) {
				int last = i + length - 1;
				if (!free(taken, i, last) || !joinedRun(tokens, i, last)) {
					continue;
				}
				Long owner = forms.get(joined(tokens, i, last));
				if (owner != null && owner > 0 && !partOfLongerName(tokens, i, last)) {
					found(known, known.get(owner).subject, tokens.surface(i, last));
					mark(taken, i, last);
					fill(subjectAt, i, last, owner);
					break;
				}
			}
		}
	}

	/**
	 * Whether words {@code first}..{@code last} are glued (by spaces or a hyphen only) to another
	 * capitalized word that is not a title or a common word: then they belong to a longer name.
	 */
	static boolean partOfLongerName(Tokens tokens, int first, int last) {
		if (first > 0 && tokens.get(first).joined()) {
			Token before = tokens.get(first - 1);
			if (before.capitalized()
					&& (!before.sentenceStart() || tokens.isProperWord(before.norm()) || !tokens.isCommonWord(before.norm()))
					&& !before.possessive() && !titleish(before.norm()) && !Lexicon.NOT_NAMES.contains(before.norm())) {
				return true;
			}
		}
		if (last + 1 < tokens.size()) {
			Token after = tokens.get(last + 1);
			if (after.joined() && after.capitalized() && !tokens.get(last).possessive() && !titleish(after.norm())
					&& !Lexicon.NOT_NAMES.contains(after.norm()) && !Lexicon.SAYING.contains(after.norm())) {
				return true;
			}
		}
		return false;
	}

	static boolean titleish(String word) {
		return Lexicon.TITLE_HEADS.contains(word) || Lexicon.TITLE_MODIFIERS.contains(word);
	}

	private static boolean hasCapital(Tokens tokens, Hit hit) {
		for (int i = hit.first(); i <= hit.last(); i++) {
			if (tokens.get(i).capitalized()) {
				return true;
			}
		}
		return false;
	}

	private static boolean joinedRun(Tokens tokens, int first, int last) {
		for (int i = first + 1; i <= last; i++) {
			if (!tokens.get(i).joined()) {
				return false;
			}
		}
		return true;
	}

	static String joined(Tokens tokens, int first, int last) {
		StringBuilder sb = new StringBuilder();
		for (int i = first; i <= last; i++) {
			sb.append(i > first ? " " : "").append(tokens.get(i).norm());
		}
		return sb.toString();
	}

	static boolean free(boolean[] taken, int first, int last) {
		for (int i = first; i <= last; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	static void mark(boolean[] taken, int first, int last) {
		for (int i = first; i <= last; i++) {
			taken[i] = true;
		}
	}

	private static void fill(long[] subjectAt, int first, int last, long id) {
		for (int i = first; i <= last; i++) {
			subjectAt[i] = id;
		}
	}

}
