package org.dateline.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.subject.SubjectKind;
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
			this.normalized = " " + Tokens.key(name) + " ";
			this.initials = Candidates.initials(name);
		}

	}

	// the small word lists the patterns below test, built once

	private static final Set<String> OF_FOR_AND = Set.of("of", "for", "and");
	private static final Set<String> ROLE_STOPS = Set.of("based", "whose", "that", "living", "working");
	private static final Set<String> ARTICLES_BEFORE_LOWER_CASE = Set.of("the", "a", "an", "its", "their");
	private static final Set<String> ROLE_ENDS = Set.of("of", "at", "for", "with", "from", "who", "which", "in", "and", "to", "on");
	private static final Set<String> WORKPLACE_WORDS = Set.of("of", "at", "for", "with", "from");
	private static final Set<String> CONSTITUENCY_ROLES = Set.of("member", "mp", "councillor", "councilor", "senator", "representative", "candidate");
	private static final Set<String> FOR_OF_AT = Set.of("for", "of", "at");
	private static final Set<String> FOR_IN_TO = Set.of("for", "in", "to");
	private static final Set<String> ROLE_MARKERS = Set.of("its", "their", "his", "her", "the", "a", "an", "whose");
	private static final Set<String> POINTING_NOUNS = Set.of("charity", "firm", "company", "club", "party", "union");
	private static final Set<String> WHO_WHOSE = Set.of("who", "whose");
	private static final Set<String> RUNNING_TEXT_BEFORE = Set.of("by", "from", "to", "with", "and", "for", "over", "against", "beat", "beating", "named", "appointed", "replaced", "replacing", "succeeds", "succeeded", "met", "of");
	private static final Set<String> NAME_WORDS_BEFORE_OF = Set.of("port", "friends", "bank", "university", "school", "museum", "society", "house", "chamber", "church", "people");
	private static final Set<String> BODY_DETERMINERS = Set.of("the", "its", "their", "his", "her");
	private static final Set<String> RUN_CONNECTORS = Set.of("of", "and", "&", "de", "al", "el", "du", "der", "van");
	private static final Set<String> NOT_BRAND_NOUNS = Set.of("side", "team", "house", "office", "court", "board");
	private static final Set<String> PERSONAL_AFTER_POSSESSIVE = Set.of("lawyer", "attorney", "barrister", "solicitor", "counsel", "wife", "husband", "son", "daughter", "mother", "father");
	private static final Set<String> BUSINESS_AFTER_POSSESSIVE = Set.of("shares", "board", "stock", "revenue", "profit", "profits", "sales", "results", "brands", "headquarters", "shareholders", "annual", "quarterly", "earnings", "plant", "factory", "stores", "chief", "managing", "chairman", "president", "founder", "boss");
	private static final Set<String> INCLUDING = Set.of("including", "includes", "include", "included");
	private static final Set<String> ORGANIZATION_PLURALS = Set.of("companies", "agencies", "charities", "parties", "banks", "brands", "clients", "customers", "rivals", "sponsors", "lenders", "insurers");
	private static final Set<String> ARTICLES = Set.of("a", "an", "the");
	private static final Set<String> APPOSITION_ENDS = Set.of("that", "which", "who", "in", "of", "for", "at", "with", "from", "based", "and", "to", "on", "whose");

	/** More new names than this in one text is not a story; the rest are not looked at. */
	static final int MAX_CANDIDATES = 300;

	/** What the people patterns need about the text around them. */
	private record Context(Tokens tokens, boolean[] used, long[] subjectAt, String[] orgAt,
			LiveGazetteer.Snapshot gazetteer, Map<String, Org> orgs, List<Org> knownOrganizations, Set<String> surnames) {
	}

	static List<Suggestion> find(Tokens tokens, boolean[] known, long[] subjectAt, LiveGazetteer.Snapshot gazetteer) {
		int n = tokens.size();
		boolean[] used = known.clone();
		skipDateline(tokens, used);
		Map<String, Org> orgs = new LinkedHashMap<>();
		String[] orgAt = new String[n];
		Set<String> surnames = surnamesOfGivenNames(tokens, used);
		organizations(tokens, used, orgs, orgAt, surnames);
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
		Context c = new Context(tokens, used, subjectAt, orgAt, gazetteer, orgs, knownOrganizations, surnames);
		Map<String, Person> people = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			if (used[i]) {
				continue;
			}
			boolean honorific = false;
			int first = i;
			while (first + 1 < n && Lexicon.HONORIFICS.contains(tokens.get(first).norm()) && tokens.get(first).capitalized()
					&& !used[first + 1] && linked(tokens, first + 1)) {
				// "Dr. Nicole Webster", "Sheikh Khalid ...": a person, but neither name nor role
				honorific = true;
				first++;
			}
			int end = nameEnd(tokens, used, first);
			if (end < 0) {
				continue;
			}
			int titleEnd = honorific ? honorificsStart(tokens, first) : first;
			String[] roleAndOrg = titleBefore(c, titleEnd, first);
			String[] after = appositionAfter(c, end);
			String[] beforeComma = titleBeforeComma(c, titleEnd);
			if (beforeComma != null && (roleAndOrg == null || after == null)) {
				roleAndOrg = roleAndOrg == null ? beforeComma : roleAndOrg;
			}
			boolean keepBefore = roleAndOrg != null && after != null && (after[0] != null
					&& after[0].toLowerCase(java.util.Locale.ROOT).startsWith("former ")
					|| after[1] == null && beforeComma != null && beforeComma[1] != null);
			if (after != null && !keepBefore && (roleAndOrg == null || after[0] != null && hasTitleWord(after[0]))) {
				// a title before the name and a role after it: the role after says more
				roleAndOrg = roleAndOrg != null && after[1] == null && roleAndOrg[1] != null && beforeComma == null
						? new String[] { after[0], roleAndOrg[1] } : after;
			}
			String ofOrganization = ofOrganization(c, end);
			if (ofOrganization != null && (roleAndOrg == null || roleAndOrg[1] == null || beforeComma != null && after == null)) {
				// "Camille Arnaud of Carrow Securities", "Kevin Marsh of Marsh Pellow"
				roleAndOrg = new String[] { roleAndOrg == null ? null : roleAndOrg[0], ofOrganization };
			}
			String name = tokens.surface(first, end) + suffixStop(tokens, end);
			boolean strong = roleAndOrg != null || honorific || nextToSaying(tokens, first, end) || beforeWho(tokens, end);
			boolean given = givenName(tokens, first);
			boolean weak = inRunningText(tokens, first, end) || verbAfter(tokens, end) || inList(tokens, first, end);
			boolean surnameAgain = surnames.contains(tokens.get(end).norm()) || usedAloneElsewhere(tokens, first, end);
			if (!personLike(c, first, end, given) || !(strong || given || weak)) {
				continue;
			}
			if (roleAndOrg != null && roleAndOrg[0] != null && roleAndOrg[1] != null) {
				roleAndOrg[0] = withoutOrganizationNoun(roleAndOrg[0], roleAndOrg[1]);
			}
			if (roleAndOrg != null && roleAndOrg[0] != null) {
				roleAndOrg[0] = cleanRole(roleAndOrg[0]);
			}
			if (people.size() >= MAX_CANDIDATES && !people.containsKey(Tokens.key(name))) {
				break;
			}
			Person person = people.computeIfAbsent(Tokens.key(name), k -> new Person(name));
			person.matched.add(name);
			if (roleAndOrg != null && person.role == null && person.organization == null) {
				person.role = roleAndOrg[0];
				person.organization = roleAndOrg[1];
			}
			SuggestionEngine.mark(used, i, end);
			i = end;
		}
		mergeShortForms(people);
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
					List.of(), aliases, "new:person:" + Tokens.key(p.name)));
		}
		for (Org o : orgs.values()) {
			List<String> aliases = o.matched.stream().filter(m -> !m.equals(o.name)).toList();
			result.add(new Suggestion(o.name, SubjectKind.ORGANIZATION, null, List.copyOf(o.matched), null, null,
					List.of(), aliases, "new:organization:" + Tokens.key(o.name)));
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
		// "KESSLING —", "NASHVILLE, Tenn. —", "DOHA, Qatar —": places, never names
		for (int i = 0; i < tokens.size() && tokens.get(i).end() <= dash; i++) {
			used[i] = true;
		}
	}

	// --- people ----------------------------------------------------------------------------

	/**
	 * The last word of a person's name starting at {@code i}: two to four name words, middle
	 * initials and a suffix allowed ("Robert T. Ashby Jr."), or -1.
	 */
	static int nameEnd(Tokens tokens, boolean[] used, int i) {
		if (!isNameWord(tokens.get(i)) || abbreviatedTitle(tokens, i)) {
			return -1;
		}
		int end = i;
		int words = 1;
		for (int k = i + 1; k < tokens.size() && words < 6; k++) {
			Token t = tokens.get(k);
			if (used[k] || !linked(tokens, k) || tokens.get(k - 1).possessive()) {
				break;
			}
			boolean particle = !t.capitalized() && Lexicon.NAME_PARTICLES.contains(t.norm());
			boolean initial = isInitial(tokens, k) && k + 1 < tokens.size() && linked(tokens, k + 1);
			if (!particle && !initial && (!isNameWord(t) || abbreviatedTitle(tokens, k))) {
				if (Lexicon.NAME_SUFFIXES.contains(t.norm()) && end - i >= 1 && !tokens.get(end).possessive()) {
					// "Ashby Jr.", "Robert F. Kennedy Jr.", "John Doe III"
					end = k;
				}
				break;
			}
			words++;
			if (!particle) {
				end = k;
			}
		}
		int count = 0;
		for (int k = i; k <= end; k++) {
			if (!isInitial(tokens, k) && !Lexicon.NAME_SUFFIXES.contains(tokens.get(k).norm())) {
				count++;
			}
		}
		if (count < 2 || count > 5 || count == 5 && !hasParticle(tokens, i, end)) {
			return -1;
		}
		if (Lexicon.ORGANIZATION_HEADS.contains(tokens.get(end).norm())) {
			return -1;
		}
		return end;
	}

	private static boolean hasParticle(Tokens tokens, int first, int last) {
		for (int k = first; k <= last; k++) {
			if (Lexicon.NAME_PARTICLES.contains(tokens.get(k).norm()) || Lexicon.SURNAME_PARTICLES.contains(tokens.get(k).norm())) {
				return true;
			}
		}
		return false;
	}

	/** The full stop of "Jr." belongs to the name. */
	private static String suffixStop(Tokens tokens, int end) {
		Token t = tokens.get(end);
		return (t.norm().equals("jr") || t.norm().equals("sr")) && t.end() < tokens.text().length()
				&& tokens.text().charAt(t.end()) == '.' ? "." : "";
	}

	/**
	 * Whether words {@code first}..{@code last} can be a person's name here: not a place, not an
	 * organization's words, not a title of a work in quotes, and not "Saudi Arabia"-like spans that
	 * end in a place unless they start with a given name.
	 */
	private static boolean personLike(Context c, int first, int last, boolean given) {
		Tokens tokens = c.tokens();
		String joined = SuggestionEngine.joined(tokens, first, last);
		if (Lexicon.PLACES.contains(joined)) {
			return false;
		}
		for (int k = first; k <= last; k++) {
			String w = tokens.get(k).norm();
			if (Lexicon.ORGANIZATION_HEADS.contains(w) && !given || Lexicon.NOT_ORGANIZATION_TAILS.contains(w)
					|| Lexicon.MEDIA.contains(w) && k == first) {
				return false;
			}
		}
		if (!given && placeEndingAt(tokens, last) >= 0) {
			return false;
		}
		for (int k = first; !given && first < last && k < last; k++) {
			if (Lexicon.PLACES.contains(tokens.get(k).norm())) {
				// "Greenpeace Australia Pacific": a place inside a name makes it an organization's
				return false;
			}
		}
		String opening = tokens.get(first).norm();
		if (!given && Lexicon.isNationality(opening, true) && !Lexicon.GIVEN_NAMES.contains(opening)
				&& (Lexicon.NATIONALITIES.contains(opening) || !usedAloneElsewhere(tokens, first, last) && !inList(tokens, first, last))) {
			// "Taziri officials", but "Leni Vos ... Vos said" and "Ryan Mair, Euan Shearer;": a word only shaped like a
			// nationality, before a surname the text uses alone or in a list of names
			return false;
		}
		int start = tokens.get(first).start();
		int end = tokens.get(last).end();
		String text = tokens.text();
		boolean quoted = start > 0 && "\"\u201C\u2018'".indexOf(text.charAt(start - 1)) >= 0;
		return !quoted;
	}

	/** A given name, not the article of "Al-Mayadeen". */
	static boolean givenName(Tokens tokens, int k) {
		Token t = tokens.get(k);
		if (!Lexicon.GIVEN_NAMES.contains(t.norm())) {
			return false;
		}
		return !(Lexicon.NAME_PARTICLES.contains(t.norm()) && k + 1 < tokens.size()
				&& tokens.text().charAt(t.end()) == '-');
	}

	/** "Varkova won", "Greaves pleaded": a name as the subject of a verb. */
	private static boolean verbAfter(Tokens tokens, int last) {
		return last + 1 < tokens.size() && tokens.get(last + 1).joined() && !tokens.get(last + 1).capitalized()
				&& Lexicon.PERSON_VERBS.contains(tokens.get(last + 1).norm());
	}

	/** A name in a list of names: "Forwards: A, B, C." or "A; B, C (D 78)". */
	private static boolean inList(Tokens tokens, int first, int last) {
		boolean before = first > 0 && (gapHas(tokens, first, ',') || gapHas(tokens, first, ';') || gapHas(tokens, first, ':')
				|| gapHas(tokens, first, '('));
		boolean after = last + 1 >= tokens.size() || gapHas(tokens, last + 1, ',') || gapHas(tokens, last + 1, ';')
				|| gapHas(tokens, last + 1, ')') || gapHas(tokens, last + 1, '.');
		return before && after;
	}

	/** The last words of capitalized runs that start with a given name ("Elena Varkova" gives "varkova"). */
	private static Set<String> surnamesOfGivenNames(Tokens tokens, boolean[] used) {
		Set<String> surnames = new java.util.HashSet<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (!used[i] && givenName(tokens, i) && tokens.get(i).capitalized()) {
				int end = nameEnd(tokens, used, i);
				if (end > i) {
					surnames.add(tokens.get(end).norm());
				}
			}
		}
		return surnames;
	}

	/** Whether the last word of the span also stands alone, capitalized, elsewhere in the text ("Varkova said"). */
	private static boolean usedAloneElsewhere(Tokens tokens, int first, int last) {
		String surname = tokens.get(last).norm();
		return tokens.standaloneCount(surname) > (standalone(tokens, last) ? 1 : 0);
	}

	/** Whether word {@code k} stands alone: capitalized, with no capitalized word glued to it. */
	static boolean standalone(Tokens tokens, int k) {
		return tokens.get(k).capitalized() && (k == 0 || !linked(tokens, k) || !tokens.get(k - 1).capitalized())
				&& (k + 1 >= tokens.size() || !linked(tokens, k + 1) || !tokens.get(k + 1).capitalized());
	}

	/** "Abu Shanab" after "Hassan Abu Shanab" is the same person: shorter forms become aliases. */
	private static void mergeShortForms(Map<String, Person> people) {
		for (String key : List.copyOf(people.keySet())) {
			Person shorter = people.get(key);
			String suffix = " " + key;
			for (Map.Entry<String, Person> e : people.entrySet()) {
				Person longer = e.getValue();
				String full = e.getKey();
				if (longer != shorter && full.endsWith(suffix)) {
					longer.matched.addAll(shorter.matched);
					if (longer.role == null && longer.organization == null) {
						longer.role = shorter.role;
						longer.organization = shorter.organization;
					}
					people.remove(key);
					break;
				}
			}
		}
	}

	/** Whether a role holds a title word ("the visitors" does not). */
	private static boolean hasTitleWord(String role) {
		for (Token t : Tokens.of(role).list()) {
			if (Lexicon.TITLE_HEADS.contains(t.norm())) {
				return true;
			}
		}
		return false;
	}

	/** "current chairman" is the chairman; "former" stays. */
	private static String cleanRole(String role) {
		String r = role.strip();
		for (String lead : List.of("current ", "then ", "now ", "newly appointed ", "new ", "longtime ", "long-time ")) {
			if (r.toLowerCase(java.util.Locale.ROOT).startsWith(lead) && r.length() > lead.length()) {
				r = r.substring(lead.length());
			}
		}
		return r;
	}

	private static boolean isNameWord(Token t) {
		if (!t.capitalized() || t.allCaps()) {
			return false;
		}
		String w = t.norm();
		return w.length() >= 2 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.TITLE_HEADS.contains(w)
				&& !Lexicon.HONORIFICS.contains(w) && !Lexicon.NAME_SUFFIXES.contains(w)
				&& !Lexicon.TITLE_MODIFIERS.contains(w) && !Lexicon.ORGANIZATION_HEADS.contains(w)
				&& !Character.isDigit(w.charAt(0));
	}

	/**
	 * A title right before word {@code at} (the name, or the honorific before it), and what stands
	 * before the title: a known or new organization, an acronym, a nationality or a place (not an
	 * organization), or another proper name (an organization's short form). Compound titles are
	 * kept whole: "First Deputy Prime Minister and Minister of Finance", "chairman and chief
	 * executive", "Assistant U.S. Attorney". Returns {role, organization}, or null.
	 */
	private static String[] titleBefore(Context c, int at, int nameStart) {
		Tokens tokens = c.tokens();
		if (at == 0 || !linked(tokens, at)) {
			return null;
		}
		int headIndex = at - 1;
		Token head = tokens.get(headIndex);
		if (head.possessive() || c.orgAt()[headIndex] != null || c.subjectAt()[headIndex] != 0) {
			return null;
		}
		if (!isTitleHead(tokens, headIndex)) {
			// "Minister of Finance X", "Secretary of State for African Affairs X": the head comes before "of"/"for"
			int found = -1;
			boolean connector = false;
			for (int k = headIndex; k >= 0 && headIndex - k < 7 && linked(tokens, k + 1); k--) {
				Token w = tokens.get(k);
				if (c.orgAt()[k] != null || c.subjectAt()[k] != 0 || w.possessive() && k < headIndex) {
					break;
				}
				if (!w.capitalized() && OF_FOR_AND.contains(w.norm())) {
					connector = true;
					continue;
				}
				if (!w.capitalized()) {
					break;
				}
				if (connector && Lexicon.TITLE_HEADS.contains(w.norm())) {
					found = k;
					break;
				}
				if (k < headIndex && !linked(tokens, k + 1)) {
					break;
				}
			}
			if (found < 0) {
				return null;
			}
			headIndex = found;
		}
		int roleStart = headIndex;
		while (roleStart > 0 && linked(tokens, roleStart)) {
			int k = roleStart - 1;
			Token before = tokens.get(k);
			if (c.subjectAt()[k] != 0 || c.orgAt()[k] != null || before.possessive()) {
				break;
			}
			if (!before.capitalized() && before.norm().equals("and") && k > 0 && linked(tokens, k)
					&& Lexicon.TITLE_HEADS.contains(tokens.get(k - 1).norm()) && !tokens.get(k - 1).possessive()) {
				// "chairman and chief executive"
				roleStart = k - 1;
				continue;
			}
			if (isInitial(tokens, k) && k + 1 < tokens.size() && gapHas(tokens, k + 1, '.')) {
				// "U.S. District Judge"
				roleStart = k;
				continue;
			}
			if (SuggestionEngine.titleish(before.norm()) && !Lexicon.isNationality(before.norm(), before.capitalized())
					&& !Lexicon.PLACES.contains(before.norm()) || !before.capitalized() && headIndex - roleStart < 2
					&& !Lexicon.NOT_NAMES.contains(before.norm()) && !Lexicon.SAYING.contains(before.norm())
					&& !Lexicon.CONNECTORS.contains(before.norm()) && before.norm().length() > 2
					&& !before.norm().endsWith("ly") && !before.norm().endsWith("ed") && !before.norm().endsWith("s")
					&& !Lexicon.COMMON_VERBS.contains(before.norm()) && !Lexicon.PERSON_VERBS.contains(before.norm())) {
				// "Deputy Foreign Minister", and lower-case words of the title: "buying director", "crane operator"
				roleStart--;
				continue;
			}
			break;
		}
		String organization = null;
		int k = roleStart - 1;
		if (k >= 0 && linked(tokens, roleStart)) {
			Token before = tokens.get(k);
			String named = organizationEndingAt(c, k);
			int placeStart = placeEndingAt(tokens, k) >= 0 || placeLike(tokens, before.norm()) && before.capitalized() ? k : -1;
			if (named != null) {
				organization = named;
			}
			else if (placeStart >= 0) {
				// "Scotland head coach", "Hungary's finance minister": a country is not an organization
				organization = null;
			}
			else if (before.allCaps() && !Lexicon.NOT_ACRONYMS.contains(before.norm())) {
				organization = fullest(c, tokens.surface(k, k));
			}
			else if (before.capitalized() && Lexicon.isNationality(before.norm(), true)) {
				organization = null;
			}
			else if (before.capitalized() && !Lexicon.NOT_NAMES.contains(before.norm())
					&& !Lexicon.HONORIFICS.contains(before.norm())) {
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
				if (Lexicon.GIVEN_NAMES.contains(tokens.get(orgStart).norm()) && expanded == null && orgStart < k) {
					proper = false;
				}
				if (expanded != null || proper) {
					organization = expanded != null ? expanded : remember(c, run);
				}
				else if (orgStart == k) {
					// a common word capitalized at the start of a sentence: "Race director Ottilie Sand"
					roleStart = k;
				}
			}
		}
		return new String[] { tokens.surface(roleStart, at - 1), organization };
	}

	/** "X of Carrow Securities": the organization after a name and "of", not a place. */
	private static String ofOrganization(Context c, int end) {
		Tokens tokens = c.tokens();
		int k = end + 1;
		if (k + 1 >= tokens.size() || !tokens.get(k).norm().equals("of") || !tokens.get(k).joined() || !tokens.get(k + 1).joined()) {
			return null;
		}
		if (c.orgAt()[k + 1] != null || c.subjectAt()[k + 1] != 0) {
			return organizationStartingAt(c, k + 1, true);
		}
		int runEnd = runEnd(tokens, c.used(), k + 1);
		if (runEnd < 0 || placeEndingAt(tokens, runEnd) >= 0 || placeLike(tokens, tokens.get(k + 1).norm())
				|| notABrand(tokens, k + 1, runEnd, c.surnames()) || tokens.get(runEnd).possessive()) {
			return null;
		}
		return fullest(c, remember(c, tokens.surface(k + 1, runEnd)));
	}

	/** The first word of a place (country, city, state) that ends at word {@code k}, or -1. */
	private static int placeEndingAt(Tokens tokens, int k) {
		StringBuilder words = new StringBuilder();
		for (int first = k; first >= 0 && k - first < 4; first--) {
			Token t = tokens.get(first);
			if (!t.capitalized() && !(first < k && t.norm().equals("of"))) {
				break;
			}
			words.insert(0, t.norm() + (first < k ? " " : ""));
			if (Lexicon.PLACES.contains(words.toString())) {
				return first;
			}
			if (first > 0 && !tokens.get(first).joined()) {
				break;
			}
		}
		return isInitial(tokens, k) ? k : -1;
	}

	/** A one-letter capital followed by a full stop: an initial ("T.", "U.S."). */
	static boolean isInitial(Tokens tokens, int k) {
		Token t = tokens.get(k);
		return t.end() - t.start() == 1 && t.capitalized() && t.end() < tokens.text().length()
				&& tokens.text().charAt(t.end()) == '.';
	}

	/**
	 * Whether word {@code k} follows word {@code k - 1} within one name or title: only spaces or a
	 * hyphen between them, or the full stop of an abbreviation or initial ("Gov. Mark", "Robert T.
	 * Ashby", "Lt. Gen. Salah").
	 */
	static boolean linked(Tokens tokens, int k) {
		if (k <= 0 || k >= tokens.size()) {
			return false;
		}
		if (tokens.get(k).joined()) {
			return true;
		}
		Token previous = tokens.get(k - 1);
		// the gap must be a full stop right after the word, then spaces on the same line
		String text = tokens.text();
		int from = previous.end();
		int to = tokens.get(k).start();
		if (from >= to || text.charAt(from) != '.') {
			return false;
		}
		for (int m = from + 1; m < to; m++) {
			char c = text.charAt(m);
			if (c == '\n' || !Character.isWhitespace(c)) {
				return false;
			}
		}
		return isInitial(tokens, k - 1) || previous.capitalized() && (Lexicon.HONORIFICS.contains(previous.norm())
				|| Lexicon.ABBREVIATED_TITLES.contains(previous.norm()) || Lexicon.TITLE_HEADS.contains(previous.norm())
				|| Lexicon.TITLE_MODIFIERS.contains(previous.norm())) && previous.end() - previous.start() <= 4;
	}

	/** An abbreviated office or rank with its full stop ("Gov.", "Lt.", "Gen."): a role, never part of a name. */
	static boolean abbreviatedTitle(Tokens tokens, int k) {
		Token t = tokens.get(k);
		return (Lexicon.ABBREVIATED_TITLES.contains(t.norm()) || Lexicon.HONORIFICS.contains(t.norm())) && t.capitalized()
				&& t.end() < tokens.text().length() && tokens.text().charAt(t.end()) == '.';
	}

	/** A title's last word: "Minister", "chief", or an abbreviation with its full stop ("Gov.", "Sen."). */
	static boolean isTitleHead(Tokens tokens, int k) {
		Token t = tokens.get(k);
		return Lexicon.TITLE_HEADS.contains(t.norm()) || Lexicon.ABBREVIATED_TITLES.contains(t.norm()) && t.capitalized()
				&& t.end() < tokens.text().length() && tokens.text().charAt(t.end()) == '.';
	}

	/**
	 * Whether the word names a place: a country, city or state, or a word whose adjective the text
	 * also uses ("Valdoria" beside "Valdorian").
	 */
	static boolean placeLike(Tokens tokens, String norm) {
		return Lexicon.PLACES.contains(norm) || norm.length() > 5 && (norm.endsWith("ia") || norm.endsWith("land")
				|| norm.endsWith("stan")) && !norm.endsWith("media") || tokens.hasWord(norm + "n") || tokens.hasWord(norm + "an")
				|| tokens.hasWord(norm + "ian") || norm.endsWith("a") && tokens.hasWord(norm.substring(0, norm.length() - 1) + "an");
	}

	/** The first of the honorifics right before word {@code first}. */
	private static int honorificsStart(Tokens tokens, int first) {
		int k = first;
		while (k > 0 && Lexicon.HONORIFICS.contains(tokens.get(k - 1).norm()) && linked(tokens, k)) {
			k--;
		}
		return k;
	}

	/** An organization named only next to a title ("Vallex marketing chief") is a new organization too. */
	private static String remember(Context c, String name) {
		if (expansion(c, name) == null && c.orgs().size() < MAX_CANDIDATES
				&& Tokens.of(name).list().stream().allMatch(Token::capitalized)) {
			c.orgs().computeIfAbsent(Tokens.key(name), k -> new Org(name)).matched.add(name);
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
		if (Lexicon.SAYING.contains(w) || Lexicon.PERSON_VERBS.contains(w) || Lexicon.COMMON_VERBS.contains(w) && !w.equals("former")
				&& !w.equals("veteran")) {
			// "Lucy Oakhampton, said ..." is not an apposition
			return null;
		}
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
			if (k > i && hyphenBefore(tokens, k) && roleEnd == k - 1) {
				// "commander-in-chief"
				roleEnd = k;
				continue;
			}
			if (!t.capitalized() && ROLE_STOPS.contains(t.norm())) {
				break;
			}
			if (!t.capitalized() && t.norm().equals("and") && hasTitle && inside == null && k + 1 < tokens.size()
					&& SuggestionEngine.titleish(tokens.get(k + 1).norm())) {
				// "founder and director of research"
				roleEnd = k;
				continue;
			}
			if (t.norm().equals("of") && k + 1 < tokens.size() && !tokens.get(k + 1).capitalized()
					&& !ARTICLES_BEFORE_LOWER_CASE.contains(tokens.get(k + 1).norm()) && hasTitle) {
				// "head of testing": part of the role
				roleEnd = k;
				continue;
			}
			if (ROLE_ENDS.contains(t.norm())) {
				break;
			}
			if ((c.subjectAt()[k] != 0 || c.orgAt()[k] != null) && inside == null && (k > roleStart || article)) {
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
			if (k == roleStart && article && t.capitalized() && k + 1 < tokens.size() && tokens.get(k + 1).joined()
					&& (placeLike(tokens, t.norm()) || placeEndingAt(tokens, k) >= 0) && c.subjectAt()[k] == 0 && c.orgAt()[k] == null) {
				// "the Scotland under-21 midfielder": a country before the title is dropped like a nationality
				roleStart = k + 1;
				continue;
			}
			if (inside == null && k > roleStart && t.capitalized() && c.subjectAt()[k] == 0 && c.orgAt()[k] == null
					&& !SuggestionEngine.titleish(t.norm()) && !Lexicon.isNationality(t.norm(), true)
					&& !placeLike(tokens, t.norm()) && !Lexicon.NOT_NAMES.contains(t.norm())) {
				// "a senior Hamas official", "a former Crestline accountant": an organization inside the role
				int last = k;
				while (last + 1 < tokens.size() && tokens.get(last + 1).joined() && tokens.get(last + 1).capitalized()
						&& !SuggestionEngine.titleish(tokens.get(last + 1).norm())) {
					last++;
				}
				if (last + 1 < tokens.size() && tokens.get(last + 1).joined() && isTitleHead(tokens, last + 1)
						&& !givenName(tokens, k)) {
					inside = fullest(c, remember(c, tokens.surface(k, last)));
					insideFirst = k;
					insideLast = last;
					k = last;
					continue;
				}
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
		if (k < tokens.size() && linked(tokens, k) && tokens.get(k).capitalized() && c.orgAt()[k] == null
				&& c.subjectAt()[k] == 0) {
			// "chief Arvid Rask, Marevian Prime Minister Lotte Brink": the next person's title
			return null;
		}
		String organization = inside != null ? inside : referred;
		if (k < tokens.size() && gapIsSpace(tokens, k) && WORKPLACE_WORDS.contains(tokens.get(k).norm())) {
			boolean from = tokens.get(k).norm().equals("from");
			boolean at = !from && !tokens.get(k).norm().equals("of");
			k++;
			if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
				k++;
			}
			int named = described(c, k);
			if (named >= 0) {
				// "a partner at the Kyiv investment firm Dragon Capital": the name after what it is
				k = named;
			}
			boolean found = k < tokens.size() && (c.orgAt()[k] != null || c.subjectAt()[k] != 0);
			String workplace = organizationStartingAt(c, k, from);
			if (workplace != null && !found && (at || named >= 0) && hasTitle) {
				// "an analyst at Sydbank": a workplace is an organization, unless it is a place
				int end = runEnd(tokens, c.used(), k);
				boolean constituency = tokens.get(k - 1).norm().equals("for") && CONSTITUENCY_ROLES.contains(tokens.get(roleEnd).norm());
				if (end >= 0 && !constituency && (placeEndingAt(tokens, end) < 0 || placeTailed(tokens, k, end))
						&& !placeLike(tokens, tokens.get(k).norm())
						&& !notABrand(tokens, k, end, c.surnames()) && !tokens.get(end).possessive()) {
					workplace = fullest(c, remember(c, tokens.surface(k, end)));
				}
			}
			organization = workplace != null ? workplace : organization;
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
		String tailOrganization = null;
		if (c.orgAt()[roleEnd] != null || c.subjectAt()[roleEnd] != 0) {
			// "a spokesman for the justice ministry, Abdelsalam Zubi": the organization closes the title
			tailOrganization = organizationEndingAt(c, roleEnd);
			int m = roleEnd;
			while (m > 0 && (c.orgAt()[m] != null ? c.orgAt()[m].equals(c.orgAt()[m - 1])
					: c.subjectAt()[m] == c.subjectAt()[m - 1])) {
				m--;
			}
			int p = m - 1;
			if (p >= 0 && tokens.get(p).norm().equals("the")) {
				p--;
			}
			if (tailOrganization == null || p < 1 || !FOR_OF_AT.contains(tokens.get(p).norm())) {
				return null;
			}
			roleEnd = p - 1;
		}
		if (roleEnd > 2 && !tokens.get(roleEnd).capitalized() && tokens.get(roleEnd - 1).norm().equals("the")
				&& FOR_IN_TO.contains(tokens.get(roleEnd - 2).norm())
				&& Lexicon.TITLE_HEADS.contains(tokens.get(roleEnd - 3).norm())) {
			// "The United Nations envoy for the region, Tor Wennesland": the title is "envoy"
			roleEnd -= 3;
		}
		String[] found = titleEndingAt(c, roleEnd);
		if (found != null && tailOrganization != null) {
			found[1] = tailOrganization;
		}
		return found;
	}

	private static String[] titleEndingAt(Context c, int roleEnd) {
		Tokens tokens = c.tokens();
		int k = roleEnd;
		boolean hasTitle = false;
		while (k >= 0 && roleEnd - k < 6) {
			Token t = tokens.get(k);
			if (t.possessive() || ROLE_MARKERS.contains(t.norm())) {
				break;
			}
			if ((c.subjectAt()[k] != 0 || c.orgAt()[k] != null) && k < roleEnd && hasTitle && gapIsSpace(tokens, k + 1)) {
				// "The United Nations envoy, Tor Wennesland": the organization before the title
				String organization = organizationEndingAt(c, k);
				return organization == null ? null : new String[] { tokens.surface(k + 1, roleEnd), organization };
			}
			if (k < roleEnd && !gapIsSpace(tokens, k + 1) && !hyphenBefore(tokens, k + 1) || c.subjectAt()[k] != 0
					|| c.orgAt()[k] != null) {
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
		if (marker.norm().equals("its") || marker.norm().equals("whose")) {
			// "Its chair, X", "the Venice Biennale, whose president, X"
			return new String[] { role, lastOrganizationBefore(c, k) };
		}
		if (marker.norm().equals("their")) {
			return new String[] { role, null };
		}
		if (marker.capitalized() && marker.possessive() && (placeLike(tokens, marker.norm()) || placeEndingAt(tokens, k) >= 0
				|| c.surnames().contains(marker.norm()))) {
			// "Hungary's finance minister, X", "Oakes's barrister, X"
			return new String[] { role, null };
		}
		if (marker.norm().equals("his") || marker.norm().equals("her")) {
			return new String[] { role, null };
		}
		if (marker.norm().equals("the") || marker.norm().equals("a") || marker.norm().equals("an")) {
			// "At Kessling General Hospital, the chief pharmacist, Idris Calloway": the organization of the sentence
			String organization = organizationInSentenceBefore(c, k);
			for (int m = k + 1; organization == null && m < roleEnd; m++) {
				// "A ministry spokeswoman, Ilse Graf": the ministry named before
				if (!tokens.get(m).capitalized() && Lexicon.ORGANIZATION_HEADS.contains(tokens.get(m).norm())) {
					organization = organizationCalled(c, tokens.get(m).norm(), k);
				}
			}
			return new String[] { role, organization };
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
		if (c.tokens().get(k).sentenceStart()) {
			return null;
		}
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
			if ((" " + Tokens.key(named) + " ").contains(" " + noun + " ")) {
				return named;
			}
		}
		return Lexicon.ORGANIZATION_HEADS.contains(noun) || POINTING_NOUNS
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
				&& WHO_WHOSE.contains(tokens.get(last + 1).norm());
	}

	/** "ministry spokeswoman" at the Foreign Ministry is a spokeswoman: the organization is named already. */
	private static String withoutOrganizationNoun(String role, String organization) {
		List<Token> words = Tokens.of(role).list();
		String name = " " + Tokens.key(organization) + " ";
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
		if (before.norm().equals("of") && (first < 2 || tokens.get(first - 2).capitalized())) {
			return false;
		}
		return !before.capitalized() && RUNNING_TEXT_BEFORE
			.contains(before.norm());
	}

	// --- organizations -----------------------------------------------------------------------

	private static void organizations(Tokens tokens, boolean[] used, Map<String, Org> orgs, String[] orgAt,
			Set<String> surnames) {
		int n = tokens.size();
		lowerCaseBodies(tokens, used, orgs, orgAt);
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
					// "Ministry of Maritime Affairs", "Port of Rotterdam Authority", but not "Jonah Pereira of Mereford Capital"
					Token previous = tokens.get(k - 1);
					if (!Lexicon.ORGANIZATION_HEADS.contains(previous.norm()) && !headFirst
							&& !(NAME_WORDS_BEFORE_OF.contains(previous.norm()) && headAhead(tokens, used, k + 1))) {
						break;
					}
				}
				if (connector && (w.norm().equals("and") || w.norm().equals("&")) && !afterHeadConnector
						&& (k - start > 1 || k + 1 < n && tokens.get(k + 1).norm().equals("the")
								|| start > 0 && tokens.get(start).joined() && tokens.get(start - 1).capitalized()
								&& !tokens.get(start - 1).norm().equals("the") && !tokens.get(start - 1).possessive())) {
					// (nor "Jeffrey Schmid and Cleveland Fed", which starts inside another name)
					// "Food and Drug Administration", but not "Hanwha Ocean and Yangzijiang Shipbuilding"
					break;
				}
				if (w.capitalized() && k > start && Lexicon.TITLE_HEADS.contains(w.norm())
						&& !Lexicon.ORGANIZATION_HEADS.contains(w.norm()) && !(w.possessive() && k + 1 < n
								&& Lexicon.ORGANIZATION_HEADS.contains(tokens.get(k + 1).norm()))) {
					// "Kansas City Fed President ...": a title ends the name, but not "Legislative Analyst's Office"
					break;
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
					&& Lexicon.TITLE_MODIFIERS.contains(tokens.get(best).norm())
					&& (tokens.get(best + 1).capitalized() || best == start)) {
				// "Energy Minister", "Police Chief": a title, not an organization (but "a Green Party member")
				best = -1;
			}
			if (best < 0) {
				continue;
			}
			while (best + 1 < n && !used[best + 1] && tokens.get(best + 1).joined() && tokens.get(best + 1).allCaps()) {
				// "Hutchison Ports ECT"
				best++;
			}
			add(orgs, orgAt, tokens, start, best);
			SuggestionEngine.mark(used, start, best);
			i = best;
		}
		brands(tokens, used, orgs, orgAt, surnames);
		// acronyms: an organization's initials become its alias, others stand alone
		for (int i = 0; i < n; i++) {
			Token t = tokens.get(i);
			if (used[i] || !t.allCaps() || t.norm().length() > 6 || Lexicon.NOT_ACRONYMS.contains(t.norm())) {
				continue;
			}
			if (i + 1 < n && !used[i + 1] && tokens.get(i + 1).joined() && tokens.get(i + 1).allCaps()
					&& !Lexicon.NOT_ACRONYMS.contains(tokens.get(i + 1).norm())) {
				// "CMA CGM"
				add(orgs, orgAt, tokens, i, i + 1);
				used[i] = used[i + 1] = true;
				i++;
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


	/** Whether an organization word comes within the next few capitalized words from {@code k}. */
	private static boolean headAhead(Tokens tokens, boolean[] used, int k) {
		for (int m = k; m < tokens.size() && m < k + 4; m++) {
			Token w = tokens.get(m);
			if (used[m] || m > k && !w.joined() || !w.capitalized()) {
				return false;
			}
			if (Lexicon.ORGANIZATION_HEADS.contains(w.norm())) {
				return true;
			}
		}
		return false;
	}

	/** "the interior ministry", "the Qatari foreign ministry", "the state Assembly": a state body in lower case. */
	private static void lowerCaseBodies(Tokens tokens, boolean[] used, Map<String, Org> orgs, String[] orgAt) {
		for (int i = 1; i + 1 < tokens.size(); i++) {
			Token field = tokens.get(i);
			Token head = tokens.get(i + 1);
			if (used[i] || used[i + 1] || field.capitalized() || !head.joined() || !Lexicon.BODY_FIELDS.contains(field.norm())
					|| !Lexicon.BODY_HEADS.contains(head.norm()) || head.capitalized() && !field.norm().equals("state")) {
				continue;
			}
			Token before = tokens.get(i - 1);
			if (!field.joined() || !(BODY_DETERMINERS.contains(before.norm()) || before.possessive()
					|| Lexicon.isNationality(before.norm(), before.capitalized()))) {
				continue;
			}
			add(orgs, orgAt, tokens, i, i + 1);
			SuggestionEngine.mark(used, i, i + 1);
		}
	}

	/** The end of a capitalized run from {@code start} (connectors inside allowed), at most five words; or -1. */
	private static int runEnd(Tokens tokens, boolean[] used, int start) {
		if (start >= tokens.size() || used[start] || !tokens.get(start).capitalized()) {
			return -1;
		}
		int end = start;
		for (int k = start + 1; k < tokens.size() && k < start + 6; k++) {
			Token w = tokens.get(k);
			if (used[k] || !w.joined() || tokens.get(k - 1).possessive()) {
				break;
			}
			if (w.capitalized()) {
				end = k;
			}
			else if (!(RUN_CONNECTORS.contains(w.norm()) && k + 1 < tokens.size()
					&& tokens.get(k + 1).capitalized() && tokens.get(k + 1).joined())) {
				break;
			}
		}
		return end;
	}

	/** Whether a capitalized run looks like a person or a place rather than an organization. */
	private static boolean notABrand(Tokens tokens, int start, int end, Set<String> surnames) {
		String joined = SuggestionEngine.joined(tokens, start, end);
		Token first = tokens.get(start);
		if (Lexicon.PLACES.contains(joined) || Lexicon.NOT_NAMES.contains(first.norm()) || Lexicon.HONORIFICS.contains(first.norm())
				|| Lexicon.NOT_ORGANIZATION_START.contains(first.norm()) || start == end && nationalityHere(tokens, start)
				|| Lexicon.TITLE_HEADS.contains(tokens.get(end).norm()) || Lexicon.NOT_ORGANIZATION_TAILS.contains(tokens.get(end).norm())) {
			return true;
		}
		if (givenName(tokens, start) && end > start && !Lexicon.ORGANIZATION_HEADS.contains(tokens.get(end).norm())) {
			return true;
		}
		return surnames.contains(tokens.get(end).norm()) && !Lexicon.ORGANIZATION_HEADS.contains(tokens.get(end).norm());
	}

	/**
	 * Organizations named without an organization word, recognised from how the text uses them:
	 * after a noun that says what they are ("the sportswear company Halvoro"), with an apposition
	 * that does ("Nordhavn, the Danish container shipping group,"), before ", which", a business
	 * possessive or "shares", news agencies and platforms, and the other items of a list that
	 * names one of them.
	 */
	private static void brands(Tokens tokens, boolean[] used, Map<String, Org> orgs, String[] orgAt, Set<String> surnames) {
		int n = tokens.size();
		Set<String> tails = tails(tokens);
		for (int i = 0; i < n; i++) {
			if (used[i] || !tokens.get(i).capitalized()) {
				continue;
			}
			int start = tokens.get(i).norm().equals("the") && i + 1 < n && tokens.get(i + 1).joined() ? i + 1 : i;
			int end = runEnd(tokens, used, start);
			if (end < 0) {
				continue;
			}
			Token first = tokens.get(start);
			if (start == end && first.allCaps()) {
				// acronyms are read after every name is known, for their expansions
				i = end;
				continue;
			}
			boolean commonStart = first.sentenceStart() && start == end && tokens.isCommonWord(first.norm())
					&& !tokens.isProperWord(first.norm());
			if (commonStart || notABrand(tokens, start, end, surnames)) {
				i = end;
				continue;
			}
			boolean brand = false;
			Token previous = start > 0 ? tokens.get(start - 1) : null;
			if (previous != null && first.joined() && !previous.capitalized() && Lexicon.ORGANIZATION_NOUNS.contains(previous.norm())
					&& !previous.possessive()) {
				brand = true; // "the sportswear company Halvoro", "state news agency Ukrinform"
				end = partnersEnd(tokens, used, end);
			}
			Token next = end + 1 < n ? tokens.get(end + 1) : null;
			if (!brand && next != null && next.joined() && !next.capitalized() && !tokens.get(end).possessive()
					&& (Lexicon.ORGANIZATION_NOUNS.contains(next.norm()) && !NOT_BRAND_NOUNS
						.contains(next.norm()) || next.norm().equals("think") || next.norm().equals("force"))
					&& previous != null && previous.norm().equals("the")) {
				brand = true; // "the Bruegel think tank", "the Radaa force"
			}
			if (!brand && next != null && next.joined() && !next.capitalized() && placeTailed(tokens, start, end)
					&& (Lexicon.SAYING.contains(next.norm()) || Lexicon.ORGANIZATION_VERBS.contains(next.norm())
							|| HAVE.contains(next.norm()))) {
				brand = true; // "Tennis Australia said", "Historic England had objected"
			}
			if (!brand && next != null && gapHas(tokens, end + 1, ',') && next.norm().equals("which")) {
				brand = true; // "Evofenedex, which represents"
			}
			if (!brand && next != null && gapHas(tokens, end + 1, ',') && !tokens.get(end).possessive()) {
				brand = appositionNamesOrganization(tokens, end + 1);
			}
			if (!brand && tokens.get(end).possessive() && next != null && !next.capitalized()
					&& (Lexicon.TITLE_HEADS.contains(next.norm()) && !PERSONAL_AFTER_POSSESSIVE.contains(next.norm())
							|| BUSINESS_AFTER_POSSESSIVE.contains(next.norm()))) {
				brand = true; // "Nordhavn's chief financial officer", "Quillmark's annual revenue"
			}
			if (!brand && next != null && next.joined() && next.norm().equals("shares") && !tokens.get(end).possessive()) {
				brand = true; // "Markwald shares fell"
			}
			if (!brand && previous != null && previous.norm().equals("in") || !brand && previous != null && previous.norm().equals("of")) {
				brand = start >= 2 && tokens.get(start - 2).norm().equals("shares"); // "shares in Halvik Foods"
			}
			if (!brand && start == end && Lexicon.MEDIA.contains(first.norm())) {
				brand = true;
			}
			if (!brand && end - start < 3 && next != null && next.joined() && Lexicon.SAYING.contains(next.norm())
					&& !givenName(tokens, start) && (!first.sentenceStart() || tokens.isProperWord(first.norm())
							|| !tokens.isCommonWord(first.norm())) && saidWithIt(tokens, end + 1)) {
				brand = true; // "Boeing said in a statement that it was ready"
			}
			if (!brand && start == i + 1 && tokens.get(i).capitalized() && !tokens.get(i).sentenceStart() && !quoted(tokens, i)
					&& !Lexicon.PLACES.contains("the " + SuggestionEngine.joined(tokens, start, end))) {
				// "writing in The Guardian": a capital "The" inside a sentence starts a title
				brand = true;
				start = i;
			}
			if (!brand && next != null && next.joined() && !next.capitalized() && !tokens.get(end).possessive()
					&& (Lexicon.SAYING.contains(next.norm()) || Lexicon.ORGANIZATION_VERBS.contains(next.norm()))
					&& alone(tokens, start, end, tails, surnames)) {
				// "Broadcom gained 6 percent", "Mubi picked up", "Ticketmaster said": one name, no person's
				brand = true;
			}
			int plainEnd = start;
			while (plainEnd < end && tokens.get(plainEnd + 1).capitalized()) {
				plainEnd++;
			}
			if (!brand && plainEnd - start < 2 && !givenName(tokens, start) && innerCapital(tokens, start, plainEnd)) {
				// "Google DeepMind", "OpenAI", "BlackRock" (not "BlackRock and Pimco"): a capital inside a word is a brand's
				brand = true;
				end = plainEnd;
			}
			if (!brand && start == end && first.sentenceStart() && next != null && next.joined()
					&& Lexicon.SAYING.contains(next.norm()) && !tokens.isCommonWord(first.norm()) && first.norm().length() > 4
					&& !first.norm().endsWith("s") && !Lexicon.COLLECTIVES.contains(first.norm())
					&& aloneAnywhere(tokens, start, end, tails, surnames)) {
				// "Ticketmaster said demand ...": a word never written in lower case, not a plural ("Analysts said"),
				// not a group of people ("Police said") and no person's name
				brand = true;
			}
			if (!brand && previous != null && first.joined() && !previous.capitalized()
					&& Lexicon.BUYING.contains(previous.norm()) && alone(tokens, start, end, tails, surnames)) {
				// "bought Casetext", "acquired Halvik"
				brand = true;
			}
			if (brand) {
				add(orgs, orgAt, tokens, start, end);
				SuggestionEngine.mark(used, start, end);
			}
			i = end;
		}
		// the items of a list that says they are organizations: "funds that include Amundi, BlackRock and Pimco"
		for (int a = 1; a + 1 < n; a++) {
			Token w = tokens.get(a);
			if (w.capitalized() || !INCLUDING.contains(w.norm())
					|| !organizationsBefore(tokens, a)) {
				continue;
			}
			for (int k = a + 1; k < n && k < a + 30;) {
				int end = runEnd(tokens, used, k);
				if (end < 0 || end - k > 2) {
					break;
				}
				if (!notABrand(tokens, k, end, surnames) && alone(tokens, k, end, tails, surnames)) {
					add(orgs, orgAt, tokens, k, end);
					SuggestionEngine.mark(used, k, end);
				}
				int after = end + 1;
				if (after < n && gapHas(tokens, after, ',') && !gapHas(tokens, after, '.')) {
					k = after;
				}
				else if (after + 1 < n && tokens.get(after).norm().equals("and") && tokens.get(after).joined()) {
					k = after + 1;
				}
				else {
					break;
				}
			}
		}
		// the other items of a list with an organization in it: "Amundi, BlackRock and Pimco"
		for (int a = 1; a + 1 < n; a++) {
			if (!tokens.get(a).norm().equals("and") || tokens.get(a).capitalized()) {
				continue;
			}
			List<int[]> items = new ArrayList<>();
			int after = runEnd(tokens, used, a + 1);
			int afterEnd = after < 0 && a + 1 < n && orgAt[a + 1] != null ? orgSpanEnd(orgAt, a + 1) : after;
			if (afterEnd < 0 || !tokens.get(a + 1).joined()) {
				continue;
			}
			items.add(new int[] { a + 1, afterEnd });
			int k = a - 1;
			while (k >= 0 && items.size() < 8) {
				int itemStart = k;
				while (itemStart > 0 && (orgAt[k] != null ? orgAt[itemStart - 1] != null && orgAt[itemStart - 1].equals(orgAt[k])
						: tokens.get(itemStart).joined() && tokens.get(itemStart - 1).capitalized() && !used[itemStart - 1])) {
					itemStart--;
				}
				if (!tokens.get(itemStart).capitalized() || k - itemStart > 2 && orgAt[k] == null) {
					break;
				}
				items.add(new int[] { itemStart, k });
				if (itemStart == 0 || !gapHas(tokens, itemStart, ',')) {
					break;
				}
				k = itemStart - 1;
			}
			boolean anyOrg = items.stream().anyMatch(it -> orgAt[it[0]] != null);
			if (!anyOrg || items.size() < 2) {
				continue;
			}
			for (int[] it : items) {
				if (orgAt[it[0]] == null && !used[it[0]] && it[1] - it[0] <= 2 && !notABrand(tokens, it[0], it[1], surnames)) {
					add(orgs, orgAt, tokens, it[0], it[1]);
					SuggestionEngine.mark(used, it[0], it[1]);
				}
			}
		}
		// every other mention of an organization found once
		for (Org o : List.copyOf(orgs.values())) {
			List<Token> words = Tokens.of(o.name).list();
			if (words.isEmpty()) {
				continue;
			}
			for (int i : tokens.positions(words.get(0).norm())) {
				if (i + words.size() > n || used[i] || !tokens.get(i).capitalized() && words.get(0).capitalized()) {
					continue;
				}
				boolean same = true;
				for (int w = 0; w < words.size() && same; w++) {
					same = !used[i + w] && tokens.get(i + w).norm().equals(words.get(w).norm()) && (w == 0 || tokens.get(i + w).joined());
				}
				if (same && !SuggestionEngine.partOfLongerName(tokens, i, i + words.size() - 1)) {
					add(orgs, orgAt, tokens, i, i + words.size() - 1);
					SuggestionEngine.mark(used, i, i + words.size() - 1);
				}
			}
		}
	}

	/**
	 * The shorter forms of every longer capitalized run in the text: "natarajan" for "Priya
	 * Natarajan", "nation" for "Live Nation". A word alone that is one of them is most likely that
	 * person's surname or that name's short form, not a brand of its own.
	 */
	private static Set<String> tails(Tokens tokens) {
		Set<String> tails = new java.util.HashSet<>();
		int n = tokens.size();
		for (int i = 0; i < n; i++) {
			if (!tokens.get(i).capitalized() || i > 0 && linked(tokens, i) && tokens.get(i - 1).capitalized()) {
				continue;
			}
			// "Rival Hapag-Lloyd raised": a common word capitalized at the start of a sentence is no part of it
			int end = i;
			while (end + 1 < n && linked(tokens, end + 1) && tokens.get(end + 1).capitalized() && !tokens.get(end).possessive()) {
				end++;
			}
			// (two words or more after it: "Marit Solheim" at the start of a sentence keeps "Solheim")
			int first = tokens.get(i).sentenceStart() && !tokens.isProperWord(tokens.get(i).norm()) && !givenName(tokens, i)
					&& end - i >= 2 ? i + 1 : i;
			for (int k = first + 1; k <= end; k++) {
				tails.add(SuggestionEngine.joined(tokens, k, end));
			}
			i = end;
		}
		return tails;
	}

	/**
	 * Whether one capitalized word (or two joined by a hyphen) can only be an organization's name when a
	 * verb or a list says so: not a given name's, a person's surname, a place, a nationality, a
	 * title, a common word capitalized at the start of a sentence, or the end of a longer name.
	 */
	private static boolean alone(Tokens tokens, int start, int end, Set<String> tails, Set<String> surnames) {
		// at the start of a sentence a capital says nothing: the word must be capitalized elsewhere too
		return aloneAnywhere(tokens, start, end, tails, surnames)
				&& (!tokens.get(start).sentenceStart() || tokens.isProperWord(tokens.get(start).norm()));
	}

	/** {@link #alone} wherever the word stands. */
	private static boolean aloneAnywhere(Tokens tokens, int start, int end, Set<String> tails, Set<String> surnames) {
		Token first = tokens.get(start);
		String joined = SuggestionEngine.joined(tokens, start, end);
		if (end > start && !hyphenBefore(tokens, end) || end - start > 1 || givenName(tokens, start) || first.allCaps() || tails.contains(joined)
				|| surnames.contains(tokens.get(end).norm()) || Lexicon.NOT_NAMES.contains(first.norm())
				|| Lexicon.NOT_ORGANIZATIONS.contains(joined) || Lexicon.HONORIFICS.contains(first.norm())
				|| nationalityHere(tokens, start) || placeLike(tokens, first.norm()) || placeEndingAt(tokens, end) >= 0
				|| SuggestionEngine.titleish(tokens.get(end).norm()) || quoted(tokens, start)) {
			return false;
		}
		return true;
	}

	private static final Set<String> HAVE = Set.of("has", "had", "have");

	/** Words that open a place's name ("Northern California", "New England", "South Australia"). */
	private static final Set<String> PLACE_OPENERS = Set.of("north", "south", "east", "west", "northern", "southern",
			"eastern", "western", "central", "greater", "new", "upper", "lower", "inner", "outer", "lake", "mount", "port",
			"saint", "st", "san", "santa", "los", "las", "fort", "cape", "rio", "old", "little", "great", "metro", "downtown");

	/**
	 * "Tennis Australia", "Historic England", "Health Access California": capitalized words that end
	 * in a place but open with a word that is no part of one (not a direction, a place, a
	 * nationality or a given name), as organizations named after their country or state do.
	 */
	private static boolean placeTailed(Tokens tokens, int start, int end) {
		if (end <= start || end - start > 3) {
			return false;
		}
		int place = placeEndingAt(tokens, end);
		Token first = tokens.get(start);
		for (int k = start; k <= end; k++) {
			if (!tokens.get(k).capitalized() || k > start && !tokens.get(k).joined()) {
				return false;
			}
		}
		return place > start && !PLACE_OPENERS.contains(first.norm()) && !placeLike(tokens, first.norm())
				&& !Lexicon.isNationality(first.norm(), true) && !givenName(tokens, start) && !first.allCaps()
				&& !Lexicon.NOT_NAMES.contains(first.norm()) && !Lexicon.TITLE_HEADS.contains(first.norm())
				&& !SuggestionEngine.titleish(first.norm()) && !Lexicon.PLACES.contains(SuggestionEngine.joined(tokens, start, end));
	}

	/** Prefixes of surnames with a capital inside ("McAuley", "DiMarco", "MacLeod", "LeBlanc"). */
	private static final Set<String> SURNAME_PREFIXES = Set.of("mc", "mac", "de", "di", "da", "du", "la", "le", "van",
			"von", "fitz", "st", "o");

	/** Whether a word of the span has a capital after a lower-case letter, as brands do ("DeepMind", "OpenAI"). */
	private static boolean innerCapital(Tokens tokens, int start, int end) {
		String text = tokens.text();
		for (int k = start; k <= end; k++) {
			Token t = tokens.get(k);
			for (int p = t.start() + 1; p < t.end(); p++) {
				if (Character.isUpperCase(text.charAt(p)) && Character.isLowerCase(text.charAt(p - 1))
						&& !SURNAME_PREFIXES.contains(text.substring(t.start(), p).toLowerCase(java.util.Locale.ROOT))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "the law firm Cravath, Swaine & Moore": partners' names after the first, with commas and an
	 * ampersand before the last, belong to the firm's name. Returns the name's last word.
	 */
	private static int partnersEnd(Tokens tokens, boolean[] used, int end) {
		for (int k = end + 1; k < tokens.size() && k < end + 6; k++) {
			Token t = tokens.get(k);
			if (used[k] || !t.capitalized() || gapHas(tokens, k, '.')) {
				return end;
			}
			if (gapHas(tokens, k, '&')) {
				return k;
			}
			if (!gapHas(tokens, k, ',')) {
				return end;
			}
		}
		return end;
	}

	/**
	 * A nationality: one of the known adjectives, or a word shaped like one ("Taziri", "Valdorian")
	 * that is followed by the noun it qualifies; "Amundi," alone is a name.
	 */
	private static boolean nationalityHere(Tokens tokens, int k) {
		Token t = tokens.get(k);
		return t.capitalized() && (Lexicon.NATIONALITIES.contains(t.norm()) || Lexicon.isNationality(t.norm(), true)
				&& k + 1 < tokens.size() && tokens.get(k + 1).joined() && !innerCapital(tokens, k, k));
	}

	/** "funds that include", "900 firms, including": the list that follows names organizations. */
	private static boolean organizationsBefore(Tokens tokens, int k) {
		for (int m = k - 1; m >= 0 && m >= k - 3; m--) {
			String w = tokens.get(m).norm();
			if (w.endsWith("s") && Lexicon.ORGANIZATION_NOUNS.contains(w.substring(0, w.length() - 1))
					|| ORGANIZATION_PLURALS.contains(w)) {
				return true;
			}
			if (tokens.get(m).capitalized() || gapHas(tokens, m + 1, '.')) {
				return false;
			}
		}
		return false;
	}

	/** Whether word {@code k} opens a quotation: a title of a work, not a name. */
	private static boolean quoted(Tokens tokens, int k) {
		int start = tokens.get(k).start();
		return start > 0 && "\"\u201C\u2018'".indexOf(tokens.text().charAt(start - 1)) >= 0;
	}

	private static int orgSpanEnd(String[] orgAt, int k) {
		int end = k;
		while (end + 1 < orgAt.length && orgAt[k].equals(orgAt[end + 1])) {
			end++;
		}
		return end;
	}

	/** "X said in a statement", "X said it would": what an organization says. */
	private static boolean saidWithIt(Tokens tokens, int saying) {
		for (int k = saying + 1; k < tokens.size() && k < saying + 6; k++) {
			String w = tokens.get(k).norm();
			if (w.equals("it") || w.equals("its") || w.equals("statement")) {
				return true;
			}
			if (gapHas(tokens, k, '.')) {
				return false;
			}
		}
		return false;
	}

	/** ", the Danish container shipping group," / ", a Tokyo startup," / ", a clearing house in Brussels": an organization. */
	private static boolean appositionNamesOrganization(Tokens tokens, int k) {
		if (k >= tokens.size()) {
			return false;
		}
		String w = tokens.get(k).norm();
		boolean determiner = ARTICLES.contains(w) || tokens.get(k).possessive() && tokens.get(k).capitalized();
		if (!determiner) {
			return false;
		}
		String last = null;
		for (int m = k + 1; m < tokens.size() && m < k + 8; m++) {
			Token t = tokens.get(m);
			if (m > k + 1 && !gapIsSpace(tokens, m) && !t.joined()) {
				break;
			}
			if (APPOSITION_ENDS
				.contains(t.norm()) && !t.capitalized()) {
				break;
			}
			if (t.capitalized() && !Lexicon.isNationality(t.norm(), true) && !Lexicon.PLACES.contains(t.norm())) {
				return false;
			}
			last = t.norm();
			if (Lexicon.TITLE_HEADS.contains(last) && !Lexicon.ORGANIZATION_NOUNS.contains(last)) {
				return false;
			}
		}
		return last != null && Lexicon.ORGANIZATION_NOUNS.contains(last);
	}

	private static void add(Map<String, Org> orgs, String[] orgAt, Tokens tokens, int first, int last) {
		String name = tokens.surface(first, last);
		String key = " " + Tokens.key(name) + " ";
		for (Org o : orgs.values()) {
			if (first == last && o.normalized.startsWith(key) && !o.normalized.equals(key)) {
				// "Halvik" after "Halvik Foods"
				o.matched.add(name);
				orgAt[first] = o.name;
				return;
			}
		}
		if (orgs.size() >= MAX_CANDIDATES && !orgs.containsKey(Tokens.key(name))) {
			return;
		}
		Org org = orgs.computeIfAbsent(Tokens.key(name), k -> new Org(name));
		org.matched.add(name);
		for (int i = first; i <= last; i++) {
			orgAt[i] = org.name;
		}
	}

	/**
	 * "Kyiv investment firm Dragon Capital", "Dutch charity Impunity Watch": where a place or
	 * nationality and a noun saying what it is come before a name, the name's first word; or -1.
	 */
	private static int described(Context c, int k) {
		Tokens tokens = c.tokens();
		int m = k;
		if (m < tokens.size() && tokens.get(m).capitalized() && (placeLike(tokens, tokens.get(m).norm())
				|| Lexicon.isNationality(tokens.get(m).norm(), true)) && c.orgAt()[m] == null && c.subjectAt()[m] == 0) {
			m++;
		}
		int nouns = 0;
		while (m < tokens.size() && tokens.get(m).joined() && !tokens.get(m).capitalized() && nouns < 3) {
			m++;
			nouns++;
		}
		if (nouns == 0 || m >= tokens.size() || !tokens.get(m).joined() || !tokens.get(m).capitalized()
				|| !Lexicon.ORGANIZATION_NOUNS.contains(tokens.get(m - 1).norm())) {
			return -1;
		}
		return m;
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
		String key = " " + Tokens.key(name) + " ";
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

	private static boolean hyphenBefore(Tokens tokens, int k) {
		int from = tokens.get(k - 1).end();
		return tokens.get(k).start() - from == 1 && tokens.text().charAt(from) == '-';
	}

	private static boolean gapHas(Tokens tokens, int i, char ch) {
		String text = tokens.text();
		for (int k = i == 0 ? 0 : tokens.get(i - 1).end(), to = tokens.get(i).start(); k < to; k++) {
			if (text.charAt(k) == ch) {
				return true;
			}
		}
		return false;
	}

	private static boolean gapIsSpace(Tokens tokens, int i) {
		String text = tokens.text();
		for (int k = i == 0 ? 0 : tokens.get(i - 1).end(), to = tokens.get(i).start(); k < to; k++) {
			if (!Character.isWhitespace(text.charAt(k))) {
				return false;
			}
		}
		return true;
	}

}
