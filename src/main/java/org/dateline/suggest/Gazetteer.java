package org.dateline.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.subject.SubjectKind;

/**
 * Every known subject's names (its name and its aliases, normalized) compiled into one
 * {@link NameAutomaton}. A name that several subjects share ("Novak") is one pattern with several
 * subjects, reported as an ambiguity. Immutable; {@link LiveGazetteer} keeps it current.
 */
final class Gazetteer {

	/** A subject as the gazetteer knows it: its id, kind, name, and its aliases as written. */
	record Named(long id, SubjectKind kind, String name, List<String> aliases) {

		/** The name, then the aliases. */
		List<String> names() {
			List<String> all = new ArrayList<>(aliases.size() + 1);
			all.add(name);
			all.addAll(aliases);
			return all;
		}

	}

	/**
	 * Words {@code first} to {@code last} of the text name {@code subjects} (more than one:
	 * ambiguous); {@code capitalized} when the name as written has a capital letter, so that a
	 * match in all lower case ("the alliance") is probably the common noun.
	 */
	record Hit(long[] subjects, int first, int last, boolean fullName, boolean capitalized) {

		int length() {
			return last - first + 1;
		}

	}

	private final NameAutomaton automaton;

	/** For each pattern, the subjects answering to it, and whether it is some subject's full name. */
	private final long[][] patternSubjects;

	private final boolean[] patternIsFullName;

	private final boolean[] patternCapitalized;

	private final Map<Long, Named> subjects;

	private Gazetteer(NameAutomaton automaton, long[][] patternSubjects, boolean[] patternIsFullName,
			boolean[] patternCapitalized, Map<Long, Named> subjects) {
		this.automaton = automaton;
		this.patternSubjects = patternSubjects;
		this.patternIsFullName = patternIsFullName;
		this.patternCapitalized = patternCapitalized;
		this.subjects = subjects;
	}

	static Gazetteer build(Collection<Named> named) {
		Map<String, List<Long>> byName = new LinkedHashMap<>();
		Map<String, Boolean> full = new HashMap<>();
		Map<String, Boolean> capitalized = new HashMap<>();
		Map<Long, Named> subjects = new HashMap<>(named.size() * 2);
		for (Named subject : named) {
			subjects.put(subject.id(), subject);
			boolean first = true;
			for (String written : subject.names()) {
				String normalized = Tokens.of(written).list().stream().map(Tokens.Token::norm)
					.collect(java.util.stream.Collectors.joining(" "));
				if (normalized.isBlank()) {
					continue;
				}
				capitalized.merge(normalized, !written.equals(written.toLowerCase(java.util.Locale.ROOT)), Boolean::logicalOr);
				List<Long> ids = byName.computeIfAbsent(normalized, k -> new ArrayList<>(1));
				if (!ids.contains(subject.id())) {
					ids.add(subject.id());
				}
				if (first) {
					full.put(normalized, true);
					if (subject.kind() == SubjectKind.PERSON) {
						compoundSurname(normalized).ifPresent(surname -> {
							List<Long> owners = byName.computeIfAbsent(surname, k -> new ArrayList<>(1));
							if (!owners.contains(subject.id())) {
								owners.add(subject.id());
							}
							capitalized.merge(surname, true, Boolean::logicalOr);
						});
					}
				}
				first = false;
			}
		}
		List<String[]> patterns = new ArrayList<>(byName.size());
		long[][] patternSubjects = new long[byName.size()][];
		boolean[] patternIsFullName = new boolean[byName.size()];
		boolean[] patternCapitalized = new boolean[byName.size()];
		int p = 0;
		for (Map.Entry<String, List<Long>> e : byName.entrySet()) {
			patterns.add(e.getKey().split(" "));
			patternSubjects[p] = e.getValue().stream().mapToLong(Long::longValue).toArray();
			patternIsFullName[p] = full.getOrDefault(e.getKey(), false);
			patternCapitalized[p] = capitalized.getOrDefault(e.getKey(), true);
			p++;
		}
		return new Gazetteer(NameAutomaton.build(patterns), patternSubjects, patternIsFullName, patternCapitalized,
				subjects);
	}

	/**
	 * A person's compound surname, which news copy uses on its own: "abu haddad" from "karim abu
	 * haddad", "van der berg" from "henrik van der berg".
	 */
	static java.util.Optional<String> compoundSurname(String normalizedName) {
		String[] words = normalizedName.split(" ");
		for (int k = 1; k < words.length - 1; k++) {
			if (Lexicon.SURNAME_PARTICLES.contains(words[k])) {
				return java.util.Optional.of(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
			}
		}
		return java.util.Optional.empty();
	}

	static Gazetteer empty() {
		return build(List.of());
	}

	List<Hit> find(List<String> words) {
		List<Hit> hits = new ArrayList<>();
		for (NameAutomaton.Hit hit : automaton.find(words)) {
			hits.add(new Hit(patternSubjects[hit.pattern()], hit.first(), hit.last(), patternIsFullName[hit.pattern()],
					patternCapitalized[hit.pattern()]));
		}
		return hits;
	}

	Named subject(long id) {
		return subjects.get(id);
	}

	int size() {
		return subjects.size();
	}

	int patterns() {
		return patternSubjects.length;
	}

}
