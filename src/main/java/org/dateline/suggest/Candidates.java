package org.dateline.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectNames;
import org.dateline.suggest.Gazetteer.Named;
import org.dateline.suggest.Tokens.Token;

/**
 * New people and organizations, found by the patterns news copy introduces them with:
 * <ul>
 * <li>a title before a name: "Deputy Harbour Master Lena Okafor", "CIA Director William Burns"
 * (role Director, organization CIA), "Ostrenian intelligence chief Arvid Rask";</li>
 * <li>an apposition after a name: "Jonas Feld, a spokesman for the Shippers' Association,";</li>
 * <li>a title before a comma and the name: "Corvane's head of logistics, Ruud Achterberg", "Its
 * chair, Rune Fjell" (the organization last named), "the chief pharmacist, Idris Calloway";</li>
 * <li>a name next to a verb of saying or a "who" clause ("said Tilde Marsh", "Einar Ness, whose
 * son"), or in running text after a lower-case word ("a volley from Ivo Lenz");</li>
 * <li>organizations: capitalized names ending in words such as Ministry, Union or Association (or
 * "Ministry of ..."), a nationality before "intelligence" or "police", and acronyms (the initials
 * of a longer name in the text become its alias).</li>
 * </ul>
 * Words already matched to known subjects are never a new candidate, but a known organization
 * next to a title does name the person's organization, in its full name. An organization named
 * by a short form ("Osterlund", "the Commission") is given its fullest form in the text.
 */
final class Candidates {

	private Candidates() {
	}

	private static final class Person {

		final String name;

		String role;

		String organization;

		final Set<String> matched = new LinkedHashSet<>();

		Person(String name) {
			this.name = name;
		}

	}

	private static final class Org {

		final String name;

		final String normalized;

		final String initials;

		final Set<String> matched = new LinkedHashSet<>();

		Org(String name) {
			this.name = name;
			this.normalized = " " + SubjectNames.normalize(name) + " ";
			this.initials = Candidates.initials(name);
		}

	}

	/** More new names than this in one text is not a story; the rest are not looked at. */
	static final int MAX_CANDIDATES = 300;

	/** What the people patterns need about the text around them. */
	private record Context(Tokens tokens, boolean[] used, long[] subjectAt, String[] orgAt,
			LiveGazetteer.Snapshot gazetteer, Map<String, Org> orgs, List<Org> knownOrganizations) {
	}

	static List<Suggestion> find(Tokens tokens, boolean[] known, long[] subjectAt, LiveGazetteer.Snapshot gazetteer) {
		int n = tokens.size();
		boolean[] used = known.clone();
		skipDateline(tokens, used);
		Map<String, Org> orgs = new LinkedHashMap<>();
		String[] orgAt = new String[n];
		organizations(tokens, used, orgs, orgAt);
		List<Org> knownOrganizations = new ArrayList<>();
		Set<Long> seenKnown = new java.util.HashSet<>();
		for (int i = 0; i < n; i++) {
			if (subjectAt[i] != 0 && seenKnown.add(subjectAt[i])) {
				Named subject = gazetteer.subject(subjectAt[i]);
				if (subject != null && subject.kind() == SubjectKind.ORGANIZATION) {
					knownOrganizations.add(new Org(subject.name()));
				}
			}
		}
		Context c = new Context(tokens, used, subjectAt, orgAt, gazetteer, orgs, knownOrganizations);
		Map<String, Person> people = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			if (used[i]) {
				continue;
			}
			int end = nameEnd(tokens, used, i);
			if (end < 0) {
				continue;
			}
			String[] roleAndOrg = titleBefore(c, i);
			if (roleAndOrg == null) {
				roleAndOrg = appositionAfter(c, end);
			}
			if (roleAndOrg == null) {
				roleAndOrg = titleBeforeComma(c, i);
			}
			if (roleAndOrg == null && !nextToSaying(tokens, i, end) && !inRunningText(tokens, i, end)
					&& !beforeWho(tokens, end)) {
				continue;
			}
			if (roleAndOrg != null && roleAndOrg[0] != null && roleAndOrg[1] != null) {
				roleAndOrg[0] = withoutOrganizationNoun(roleAndOrg[0], roleAndOrg[1]);
			}
			String name = tokens.surface(i, end);
			if (people.size() >= MAX_CANDIDATES && !people.containsKey(SubjectNames.normalize(name))) {
				break;
			}
			Person person = people.computeIfAbsent(SubjectNames.normalize(name), k -> new Person(name));
			person.matched.add(name);
			if (roleAndOrg != null && person.role == null && person.organization == null) {
				person.role = roleAndOrg[0];
				person.organization = roleAndOrg[1];
			}
			SuggestionEngine.mark(used, i, end);
			i = end;
		}
		// later mentions of a new person by surname
		Map<String, Person> bySurname = new LinkedHashMap<>();
		for (Person p : people.values()) {
			List<Token> words = Tokens.of(p.name).list();
			bySurname.merge(words.get(words.size() - 1).norm(), p, (a, b) -> null);
		}
		for (int i = 0; i < n; i++) {
			Token t = tokens.get(i);
			Person p = used[i] || !t.capitalized() ? null : bySurname.get(t.norm());
			if (p != null && !SuggestionEngine.partOfLongerName(tokens, i, i)) {
				p.matched.add(tokens.surface(i, i));
			}
		}
		List<Suggestion> result = new ArrayList<>();
		for (Person p : people.values()) {
			List<String> aliases = p.matched.stream().filter(m -> !m.equals(p.name)).toList();
			result.add(new Suggestion(p.name, SubjectKind.PERSON, null, List.copyOf(p.matched), p.role, p.organization,
					List.of(), aliases, "new:person:" + SubjectNames.normalize(p.name)));
		}
		for (Org o : orgs.values()) {
			List<String> aliases = o.matched.stream().filter(m -> !m.equals(o.name)).toList();
			result.add(new Suggestion(o.name, SubjectKind.ORGANIZATION, null, List.copyOf(o.matched), null, null,
					List.of(), aliases, "new:organization:" + SubjectNames.normalize(o.name)));
		}
		return result;
	}

	/** "KESSLING —" and "SAN AURELIO —" open a story; they are places, not acronyms or names. */
	private static void skipDateline(Tokens tokens, boolean[] used) {
		String text = tokens.text();
		int lineEnd = text.indexOf('\n');
		int dash = -1;
		for (char d : new char[] { '\u2014', '\u2013' }) {
			int at = text.indexOf(d);
			if (at >= 0 && (dash < 0 || at < dash)) {
				dash = at;
			}
		}
		if (dash < 0 || lineEnd >= 0 && dash > lineEnd || dash > 80) {
			return;
		}
		for (int i = 0; i < tokens.size() && tokens.get(i).end() <= dash; i++) {
			if (tokens.get(i).allCaps() || !tokens.get(i).capitalized()) {
				used[i] = true;
			}
		}
	}

	// --- people ----------------------------------------------------------------------------

	/** The last word of a person's name starting at {@code i}: two to four name words, or -1. */
	static int nameEnd(Tokens tokens, boolean[] used, int i) {
		if (!isNameWord(tokens.get(i))) {
			return -1;
		}
		int end = i;
		int words = 1;
		for (int k = i + 1; k < tokens.size() && words < 5; k++) {
			Token t = tokens.get(k);
			if (used[k] || !t.joined() || tokens.get(k - 1).possessive()) {
				break;
			}
			boolean particle = !t.capitalized() && Lexicon.NAME_PARTICLES.contains(t.norm());
			if (!particle && !isNameWord(t)) {
				break;
			}
			words++;
			if (!particle) {
				end = k;
			}
		}
		int count = end - i + 1;
		if (count < 2 || count > 4) {
			return -1;
		}
		if (Lexicon.ORGANIZATION_HEADS.contains(tokens.get(end).norm())) {
			return -1;
		}
		return end;
	}

	private static boolean isNameWord(Token t) {
		if (!t.capitalized() || t.allCaps()) {
			return false;
		}
		String w = t.norm();
		return w.length() >= 2 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.TITLE_HEADS.contains(w)
				&& !Lexicon.TITLE_MODIFIERS.contains(w) && !Lexicon.ORGANIZATION_HEADS.contains(w)
				&& !Character.isDigit(w.charAt(0));
	}

	/**
	 * A title right before the name, and what stands before the title: a known or new organization,
	 * an acronym, a nationality (not an organization), or another proper name (an organization's
	 * short form). Returns {role, organization}, or null.
	 */
	private static String[] titleBefore(Context c, int nameStart) {
		Tokens tokens = c.tokens();
		if (nameStart == 0 || !tokens.get(nameStart).joined()) {
			return null;
		}
		Token head = tokens.get(nameStart - 1);
		if (!Lexicon.TITLE_HEADS.contains(head.norm()) || head.possessive() || c.orgAt()[nameStart - 1] != null
				|| c.subjectAt()[nameStart - 1] != 0) {
			return null;
		}
		int roleStart = nameStart - 1;
		while (roleStart > 0 && tokens.get(roleStart).joined()) {
			int k = roleStart - 1;
			Token before = tokens.get(k);
			if (c.subjectAt()[k] != 0 || c.orgAt()[k] != null || before.possessive()) {
				break;
			}
			if (SuggestionEngine.titleish(before.norm()) || !before.capitalized() && nameStart - 1 - roleStart < 2
					&& !Lexicon.NOT_NAMES.contains(before.norm()) && !Lexicon.SAYING.contains(before.norm())
					&& !Lexicon.CONNECTORS.contains(before.norm()) && before.norm().length() > 2
					&& !before.norm().endsWith("ly") && !before.norm().endsWith("ed") && !before.norm().endsWith("s")
					&& !Lexicon.COMMON_VERBS.contains(before.norm())) {
				// "Deputy Foreign Minister", and lower-case words of the title: "buying director", "crane operator"
				roleStart--;
				continue;
			}
			break;
		}
		String organization = null;
		int k = roleStart - 1;
		if (k >= 0 && tokens.get(roleStart).joined()) {
			Token before = tokens.get(k);
			String named = organizationEndingAt(c, k);
			if (named != null) {
				organization = named;
			}
			else if (before.allCaps() && !Lexicon.NOT_ACRONYMS.contains(before.norm())) {
				organization = fullest(c, tokens.surface(k, k));
			}
			else if (before.capitalized() && Lexicon.isNationality(before.norm(), true)) {
				organization = null;
			}
			else if (before.capitalized() && !Lexicon.NOT_NAMES.contains(before.norm())) {
				int orgStart = k;
				while (orgStart > 0 && tokens.get(orgStart).joined() && tokens.get(orgStart - 1).capitalized()
						&& !Lexicon.NOT_NAMES.contains(tokens.get(orgStart - 1).norm())
						&& !Lexicon.isNationality(tokens.get(orgStart - 1).norm(), true)
						&& c.subjectAt()[orgStart - 1] == 0) {
					orgStart--;
				}
				String run = tokens.surface(orgStart, k);
				String expanded = expansion(c, run);
				boolean proper = !tokens.get(orgStart).sentenceStart() || orgStart < k
						|| tokens.isProperWord(tokens.get(orgStart).norm()) || !tokens.isCommonWord(tokens.get(orgStart).norm())
								&& !Lexicon.TITLE_MODIFIERS.contains(tokens.get(orgStart).norm());
				if (expanded != null || proper) {
					organization = expanded != null ? expanded : remember(c, run);
				}
				else {
					// a common word capitalized at the start of a sentence: "Race director Ottilie Sand"
					roleStart = k;
				}
			}
		}
		return new String[] { tokens.surface(roleStart, nameStart - 1), organization };
	}

	/** An organization named only next to a title ("Vallex marketing chief") is a new organization too. */
	private static String remember(Context c, String name) {
		if (expansion(c, name) == null && c.orgs().size() < MAX_CANDIDATES
				&& Tokens.of(name).list().stream().allMatch(Token::capitalized)) {
			c.orgs().computeIfAbsent(SubjectNames.normalize(name), k -> new Org(name)).matched.add(name);
		}
		return name;
	}

	/** The organization (known, or found in this text) whose last word is word {@code k}, in full. */
	private static String organizationEndingAt(Context c, int k) {
		if (c.subjectAt()[k] != 0) {
			Named subject = c.gazetteer().subject(c.subjectAt()[k]);
			return subject != null && subject.kind() == SubjectKind.ORGANIZATION ? subject.name() : null;
		}
		return c.orgAt()[k] == null ? null : fullest(c, c.orgAt()[k]);
	}

	/**
	 * An apposition after the name: ", a spokesman for the Valdorian Shippers' Association," or
	 * ", general secretary of the NTWC,". Returns {role, organization}, or null.
	 */
	private static String[] appositionAfter(Context c, int nameEnd) {
		Tokens tokens = c.tokens();
		int i = nameEnd + 1;
		if (i >= tokens.size() || !gapHas(tokens, i, ',')) {
			return null;
		}
		if (Character.isDigit(tokens.get(i).norm().charAt(0)) && i + 1 < tokens.size() && gapHas(tokens, i + 1, ',')) {
			// "Harald Stenvik, 61, a retired teacher,"
			i++;
		}
		String w = tokens.get(i).norm();
		boolean article = w.equals("a") || w.equals("an") || w.equals("the");
		if (article) {
			i++;
		}
		String referred = null;
		if (article && i < tokens.size() && !tokens.get(i).capitalized() && tokens.get(i).possessive()) {
			// "the agency's head of testing": the agency is the organization named before
			referred = organizationCalled(c, tokens.get(i).norm(), nameEnd);
			i++;
		}
		int roleStart = i;
		int roleEnd = -1;
		boolean hasTitle = false;
		String inside = null;
		int insideFirst = -1;
		int insideLast = -1;
		for (int k = i; k < tokens.size() && k < i + 9; k++) {
			Token t = tokens.get(k);
			if (k > i && !gapIsSpace(tokens, k) && !t.joined()) {
				break;
			}
			if (t.norm().equals("of") && k + 1 < tokens.size() && !tokens.get(k + 1).capitalized()
					&& !Set.of("the", "a", "an", "its", "their").contains(tokens.get(k + 1).norm()) && hasTitle) {
				// "head of testing": part of the role
				roleEnd = k;
				continue;
			}
			if (Set.of("of", "at", "for", "with", "from", "who", "which", "in", "and", "to", "on").contains(t.norm())) {
				break;
			}
			if ((c.subjectAt()[k] != 0 || c.orgAt()[k] != null) && inside == null && k > roleStart) {
				// "a senior Harbour Front official": the organization inside the role
				int last = k;
				while (last + 1 < tokens.size() && (c.subjectAt()[last + 1] != 0 && c.subjectAt()[last + 1] == c.subjectAt()[k]
						|| c.orgAt()[last + 1] != null && c.orgAt()[last + 1].equals(c.orgAt()[k]))) {
					last++;
				}
				inside = organizationEndingAt(c, last);
				if (inside == null) {
					break;
				}
				insideFirst = k;
				insideLast = last;
				k = last;
				continue;
			}
			if (c.subjectAt()[k] != 0 || c.orgAt()[k] != null
					|| t.capitalized() && !SuggestionEngine.titleish(t.norm()) && !Lexicon.isNationality(t.norm(), true)) {
				break;
			}
			hasTitle |= Lexicon.TITLE_HEADS.contains(t.norm());
			roleEnd = k;
		}
		if (inside != null && (insideLast >= roleEnd || !hasTitle)) {
			inside = null;
			roleEnd = Math.min(roleEnd, insideFirst - 1);
		}
		if (roleEnd < roleStart || !hasTitle && !article) {
			return null;
		}
		int k = roleEnd + 1;
		String organization = inside != null ? inside : referred;
		if (k < tokens.size() && gapIsSpace(tokens, k) && Set.of("of", "at", "for", "with", "from").contains(tokens.get(k).norm())) {
			boolean from = tokens.get(k).norm().equals("from");
			k++;
			if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
				k++;
			}
			String named = organizationStartingAt(c, k, from);
			organization = named != null ? named : organization;
		}
		else if (!hasTitle && k < tokens.size() && !gapHas(tokens, k, ',') && !gapHas(tokens, k, '.')
				&& !gapHas(tokens, k, ';')) {
			return null;
		}
		// "a lawyer" is a role; "the visitors" or "a family" without a title is not, unless the clause ends there
		String role = inside == null ? tokens.surface(roleStart, roleEnd)
				: (insideFirst > roleStart ? tokens.surface(roleStart, insideFirst - 1) + " " : "")
						+ tokens.surface(insideLast + 1, roleEnd);
		if (Lexicon.isNationality(tokens.get(roleStart).norm(), tokens.get(roleStart).capitalized()) && roleStart < roleEnd
				&& inside == null) {
			role = tokens.surface(roleStart + 1, roleEnd);
		}
		return new String[] { role.strip(), organization };
	}

	/**
	 * A title before a comma and the name: "Corvane's head of logistics, Ruud Achterberg", "Its chair,
	 * Rune Fjell", "the chief pharmacist, Idris Calloway". Returns {role, organization}, or null.
	 */
	private static String[] titleBeforeComma(Context c, int nameStart) {
		Tokens tokens = c.tokens();
		if (nameStart == 0 || !gapHas(tokens, nameStart, ',')) {
			return null;
		}
		int roleEnd = nameStart - 1;
		int k = roleEnd;
		boolean hasTitle = false;
		while (k >= 0 && roleEnd - k < 6) {
			Token t = tokens.get(k);
			if (t.possessive() || Set.of("its", "their", "his", "her", "the", "a", "an").contains(t.norm())) {
				break;
			}
			if (k < roleEnd && !gapIsSpace(tokens, k + 1) || c.subjectAt()[k] != 0 || c.orgAt()[k] != null) {
				return null;
			}
			hasTitle |= Lexicon.TITLE_HEADS.contains(t.norm());
			k--;
		}
		if (k < 0 || !hasTitle || k == roleEnd || !gapIsSpace(tokens, k + 1) && !tokens.get(k).possessive()) {
			return null;
		}
		Token marker = tokens.get(k);
		String role = tokens.surface(k + 1, roleEnd);
		if (marker.norm().equals("its") || marker.norm().equals("their")) {
			return new String[] { role, lastOrganizationBefore(c, k) };
		}
		if (marker.norm().equals("his") || marker.norm().equals("her")) {
			return new String[] { role, null };
		}
		if (marker.norm().equals("the") || marker.norm().equals("a") || marker.norm().equals("an")) {
			// "At Kessling General Hospital, the chief pharmacist, Idris Calloway": the organization of the sentence
			return new String[] { role, organizationInSentenceBefore(c, k) };
		}
		if (!marker.capitalized()) {
			// "the agency's head of testing, Erik Falk"
			return new String[] { role, organizationCalled(c, marker.norm(), k) };
		}
		String organization = organizationEndingAt(c, k);
		if (organization == null) {
			int orgStart = k;
			while (orgStart > 0 && tokens.get(orgStart).joined() && tokens.get(orgStart - 1).capitalized()
					&& !tokens.get(orgStart - 1).sentenceStart()) {
				orgStart--;
			}
			if (!tokens.get(orgStart).capitalized()) {
				return null;
			}
			String named = tokens.surface(orgStart, k);
			organization = expansion(c, named) != null ? expansion(c, named) : remember(c, named);
		}
		return new String[] { role, organization };
	}

	/** The organization named earlier in the same sentence as word {@code k}, if any. */
	private static String organizationInSentenceBefore(Context c, int k) {
		for (int i = k - 1; i >= 0; i--) {
			String named = organizationEndingAt(c, i);
			if (named != null) {
				return named;
			}
			if (c.tokens().get(i).sentenceStart()) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The organization a common noun points back to: "the agency" is the last organization named
	 * before word {@code k} whose name ends in "Agency", or else the last one named.
	 */
	private static String organizationCalled(Context c, String noun, int k) {
		String last = null;
		for (int i = k - 1; i >= 0; i--) {
			String named = organizationEndingAt(c, i);
			if (named == null) {
				continue;
			}
			if (last == null) {
				last = named;
			}
			if ((" " + SubjectNames.normalize(named) + " ").contains(" " + noun + " ")) {
				return named;
			}
		}
		return Lexicon.ORGANIZATION_HEADS.contains(noun) || Set.of("charity", "firm", "company", "club", "party", "union")
			.contains(noun) ? last : null;
	}

	/** The organization named last before word {@code k} ("its" points back to it). */
	private static String lastOrganizationBefore(Context c, int k) {
		for (int i = k - 1; i >= 0; i--) {
			String named = organizationEndingAt(c, i);
			if (named != null) {
				return named;
			}
		}
		return null;
	}

	private static boolean nextToSaying(Tokens tokens, int first, int last) {
		if (first > 0 && tokens.get(first).joined() && Lexicon.SAYING.contains(tokens.get(first - 1).norm())) {
			return true;
		}
		return last + 1 < tokens.size() && tokens.get(last + 1).joined()
				&& Lexicon.SAYING.contains(tokens.get(last + 1).norm());
	}

	/** "Einar Ness, whose son ...", "Hedda Moss, who lives ...": a person, even without a role. */
	private static boolean beforeWho(Tokens tokens, int last) {
		return last + 1 < tokens.size() && gapHas(tokens, last + 1, ',')
				&& Set.of("who", "whose").contains(tokens.get(last + 1).norm());
	}

	/** "ministry spokeswoman" at the Foreign Ministry is a spokeswoman: the organization is named already. */
	private static String withoutOrganizationNoun(String role, String organization) {
		List<Token> words = Tokens.of(role).list();
		String name = " " + SubjectNames.normalize(organization) + " ";
		int first = 0;
		while (first < words.size() - 1 && !words.get(first).capitalized()
				&& name.contains(" " + words.get(first).norm() + " ")) {
			first++;
		}
		return first == 0 ? role : role.substring(words.get(first).start());
	}

	/** A name in the middle of a sentence, after a lower-case word: "a volley from Ivo Lenz". */
	private static boolean inRunningText(Tokens tokens, int first, int last) {
		if (first == 0 || tokens.get(first).sentenceStart() || last - first > 2) {
			return false;
		}
		Token before = tokens.get(first - 1);
		return !before.capitalized() && Set.of("by", "from", "to", "with", "and", "for", "over", "against", "beat",
				"beating", "named", "appointed", "replaced", "replacing", "succeeds", "succeeded", "met", "of")
			.contains(before.norm());
	}

	// --- organizations -----------------------------------------------------------------------

	private static void organizations(Tokens tokens, boolean[] used, Map<String, Org> orgs, String[] orgAt) {
		int n = tokens.size();
		for (int i = 0; i < n; i++) {
			if (used[i]) {
				continue;
			}
			Token t = tokens.get(i);
			// a nationality and a state body: "Valdorian intelligence"
			if (t.capitalized() && Lexicon.isNationality(t.norm(), true) && i + 1 < n && !used[i + 1]
					&& tokens.get(i + 1).joined() && !tokens.get(i + 1).capitalized()
					&& Lexicon.STATE_BODIES.contains(tokens.get(i + 1).norm())) {
				add(orgs, orgAt, tokens, i, i + 1);
				SuggestionEngine.mark(used, i, i + 1);
				i++;
				continue;
			}
			if (!t.capitalized() || Lexicon.NOT_ORGANIZATION_START.contains(t.norm())) {
				continue;
			}
			int start = t.norm().equals("the") ? i + 1 : i;
			if (start >= n || used[start] || !tokens.get(start).capitalized()
					|| start > i && !tokens.get(start).joined()) {
				continue;
			}
			int best = -1;
			boolean headFirst = Lexicon.ORGANIZATION_HEADS.contains(tokens.get(start).norm());
			boolean afterHeadConnector = false;
			for (int k = start; k < n && k < start + 9; k++) {
				Token w = tokens.get(k);
				if (used[k] || k > start && !w.joined()) {
					break;
				}
				boolean connector = !w.capitalized() && Lexicon.CONNECTORS.contains(w.norm());
				if (!w.capitalized() && !connector) {
					break;
				}
				if (connector && !w.norm().equals("and") && !w.norm().equals("&")) {
					// "Ministry of Maritime Affairs", but not "Jonah Pereira of Mereford Capital"
					Token previous = tokens.get(k - 1);
					if (!Lexicon.ORGANIZATION_HEADS.contains(previous.norm()) && !headFirst) {
						break;
					}
				}
				if (connector && Lexicon.ORGANIZATION_HEADS.contains(tokens.get(k - 1).norm())
						&& (w.norm().equals("of") || w.norm().equals("for"))) {
					// "Chamber of Commerce", "Council for Northern Seas": the name goes on
					afterHeadConnector = true;
				}
				if (w.capitalized() && k > start && Lexicon.ORGANIZATION_HEADS.contains(w.norm())) {
					best = k;
				}
				if (w.capitalized() && afterHeadConnector) {
					best = k;
				}
			}
			if (best >= 0 && best + 1 < n && tokens.get(best + 1).joined()
					&& Lexicon.TITLE_HEADS.contains(tokens.get(best + 1).norm())
					&& Lexicon.TITLE_MODIFIERS.contains(tokens.get(best).norm())) {
				// "Energy Minister", "Police Chief": a title, not an organization
				best = -1;
			}
			if (best < 0) {
				continue;
			}
			add(orgs, orgAt, tokens, start, best);
			SuggestionEngine.mark(used, start, best);
			i = best;
		}
		// acronyms: an organization's initials become its alias, others stand alone
		for (int i = 0; i < n; i++) {
			Token t = tokens.get(i);
			if (used[i] || !t.allCaps() || t.norm().length() > 6 || Lexicon.NOT_ACRONYMS.contains(t.norm())) {
				continue;
			}
			String acronym = tokens.surface(i, i);
			Org expanded = null;
			for (Org o : orgs.values()) {
				if (o.initials.equalsIgnoreCase(acronym)) {
					expanded = o;
				}
			}
			if (expanded != null) {
				expanded.matched.add(acronym);
				orgAt[i] = expanded.name;
			}
			else {
				add(orgs, orgAt, tokens, i, i);
			}
			used[i] = true;
		}
	}

	private static void add(Map<String, Org> orgs, String[] orgAt, Tokens tokens, int first, int last) {
		String name = tokens.surface(first, last);
		if (orgs.size() >= MAX_CANDIDATES && !orgs.containsKey(SubjectNames.normalize(name))) {
			return;
		}
		Org org = orgs.computeIfAbsent(SubjectNames.normalize(name), k -> new Org(name));
		org.matched.add(name);
		for (int i = first; i <= last; i++) {
			orgAt[i] = org.name;
		}
	}

	/** The organization named from word {@code k} on: a known one, one found in this text, or capitalized words. */
	private static String organizationStartingAt(Context c, int k, boolean onlyOrganizations) {
		Tokens tokens = c.tokens();
		if (k >= tokens.size()) {
			return null;
		}
		if (c.subjectAt()[k] != 0) {
			Named subject = c.gazetteer().subject(c.subjectAt()[k]);
			return subject != null && subject.kind() == SubjectKind.ORGANIZATION ? subject.name() : null;
		}
		if (c.orgAt()[k] != null) {
			return fullest(c, c.orgAt()[k]);
		}
		Token t = tokens.get(k);
		if (!t.capitalized() || onlyOrganizations) {
			return null;
		}
		int end = k;
		for (int m = k + 1; m < tokens.size() && m < k + 8; m++) {
			Token w = tokens.get(m);
			if (!w.joined() || !(w.capitalized() || Lexicon.CONNECTORS.contains(w.norm()) && m + 1 < tokens.size()
					&& tokens.get(m + 1).capitalized())) {
				break;
			}
			if (w.capitalized()) {
				end = m;
			}
		}
		return fullest(c, tokens.surface(k, end));
	}

	/** The fullest form of an organization the text names: an acronym's or short form's expansion. */
	private static String fullest(Context c, String name) {
		String expanded = expansion(c, name);
		return expanded != null ? expanded : name;
	}

	/**
	 * A longer name in the text (known or new) that {@code name} is the initials, the first words or
	 * the last words of: "NTWC", "Osterlund" for "Osterlund Lines", "Alliance" for "People's Alliance".
	 */
	private static String expansion(Context c, String name) {
		String key = " " + SubjectNames.normalize(name) + " ";
		if (key.isBlank()) {
			return null;
		}
		String best = null;
		for (Org o : c.knownOrganizations()) {
			if (matchesShortForm(o, key, name) && (best == null || o.name.length() > best.length())) {
				best = o.name;
			}
		}
		for (Org o : c.orgs().values()) {
			if (matchesShortForm(o, key, name) && (best == null || o.name.length() > best.length())) {
				best = o.name;
			}
		}
		return best;
	}

	private static boolean matchesShortForm(Org o, String key, String name) {
		return o.normalized.equals(key) || o.normalized.startsWith(key) || o.normalized.endsWith(key)
				|| o.initials.equalsIgnoreCase(name.strip());
	}

	private static String initials(String name) {
		StringBuilder sb = new StringBuilder();
		for (Token t : Tokens.of(name).list()) {
			if (t.capitalized()) {
				sb.append(t.norm().charAt(0));
			}
		}
		return sb.toString();
	}

	private static boolean gapHas(Tokens tokens, int i, char ch) {
		int from = i == 0 ? 0 : tokens.get(i - 1).end();
		return tokens.text().substring(from, tokens.get(i).start()).indexOf(ch) >= 0;
	}

	private static boolean gapIsSpace(Tokens tokens, int i) {
		int from = i == 0 ? 0 : tokens.get(i - 1).end();
		return tokens.text().substring(from, tokens.get(i).start()).isBlank();
	}

}
