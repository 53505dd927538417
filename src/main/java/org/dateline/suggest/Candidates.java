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

import static org.dateline.suggest.OrganizationNames.nationalityHere;
import static org.dateline.suggest.OrganizationNames.organizations;
import static org.dateline.suggest.Roles.*;

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
 * of a longer name in the text become its alias), found first by {@link OrganizationNames}.</li>
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

	static final class Org {

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

	static final Set<String> OF_FOR_AND = Set.of("of", "for", "and");
	static final Set<String> ROLE_STOPS = Set.of("based", "whose", "that", "living", "working");
	static final Set<String> ARTICLES_BEFORE_LOWER_CASE = Set.of("the", "a", "an", "its", "their");
	static final Set<String> ROLE_ENDS = Set.of("of", "at", "for", "with", "from", "who", "which", "in", "and", "to", "on");
	static final Set<String> WORKPLACE_WORDS = Set.of("of", "at", "for", "with", "from");
	static final Set<String> CONSTITUENCY_ROLES = Set.of("member", "mp", "councillor", "councilor", "senator", "representative", "candidate");
	static final Set<String> FOR_OF_AT = Set.of("for", "of", "at");
	static final Set<String> FOR_IN_TO = Set.of("for", "in", "to");
	static final Set<String> ROLE_MARKERS = Set.of("its", "their", "his", "her", "the", "a", "an", "whose");
	static final Set<String> POINTING_NOUNS = Set.of("charity", "firm", "company", "club", "party", "union");
	static final Set<String> WHO_WHOSE = Set.of("who", "whose");
	static final Set<String> RUNNING_TEXT_BEFORE = Set.of("by", "from", "to", "with", "and", "for", "over", "against", "beat", "beating", "named", "appointed", "replaced", "replacing", "succeeds", "succeeded", "met", "of");
	static final Set<String> NAME_WORDS_BEFORE_OF = Set.of("port", "friends", "bank", "university", "school", "museum", "society", "house", "chamber", "church", "people", "hall", "centers", "centres");
	static final Set<String> BODY_DETERMINERS = Set.of("the", "its", "their", "his", "her");
	static final Set<String> RUN_CONNECTORS = Set.of("of", "and", "&", "de", "al", "el", "du", "der", "van");
	static final Set<String> NOT_BRAND_NOUNS = Set.of("side", "team", "house", "office", "court", "board");
	static final Set<String> PERSONAL_AFTER_POSSESSIVE = Set.of("lawyer", "attorney", "barrister", "solicitor", "counsel", "wife", "husband", "son", "daughter", "mother", "father");
	static final Set<String> BUSINESS_AFTER_POSSESSIVE = Set.of("shares", "board", "stock", "revenue", "profit", "profits", "sales", "results", "brands", "headquarters", "shareholders", "annual", "quarterly", "earnings", "plant", "factory", "stores", "chief", "managing", "chairman", "president", "founder", "boss");
	static final Set<String> INCLUDING = Set.of("including", "includes", "include", "included");
	static final Set<String> ORGANIZATION_PLURALS = Set.of("companies", "agencies", "charities", "parties", "banks", "brands", "clients", "customers", "rivals", "sponsors", "lenders", "insurers");
	static final Set<String> ARTICLES = Set.of("a", "an", "the");
	static final Set<String> APPOSITION_ENDS = Set.of("that", "which", "who", "in", "of", "for", "at", "with", "from", "based", "and", "to", "on", "whose");

	/** More new names than this in one text is not a story; the rest are not looked at. */
	static final int MAX_CANDIDATES = 300;

	/** What the people patterns need about the text around them. */
	record Context(Tokens tokens, boolean[] used, long[] subjectAt, String[] orgAt,
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
			while (first + 1 < n && tokens.get(first).capitalized() && Lexicon.HONORIFICS.contains(tokens.get(first).norm())
					&& !used[first + 1] && linked(tokens, first + 1)) {
				// "Dr. Nicole Webster", "Sheikh Khalid ...": a person, but neither name nor role
				honorific = true;
				first++;
			}
			if (TITLE_TAILS.contains(tokens.get(first).norm()) && first > 0 && first + 1 < n && tokens.get(first).joined()
					&& linked(tokens, first + 1) && tokens.get(first + 1).capitalized()) {
				// "... for African Affairs Daniel R. Whitmore": the title's last word, then the name
				continue;
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
	static void skipDateline(Tokens tokens, boolean[] used) {
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
		if (!isNameWord(tokens.get(i)) && !monthAsGivenName(tokens, used, i) || abbreviatedTitle(tokens, i)) {
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

	static boolean hasParticle(Tokens tokens, int first, int last) {
		for (int k = first; k <= last; k++) {
			if (Lexicon.NAME_PARTICLES.contains(tokens.get(k).norm()) || Lexicon.SURNAME_PARTICLES.contains(tokens.get(k).norm())) {
				return true;
			}
		}
		return false;
	}

	/** The full stop of "Jr." belongs to the name. */
	static String suffixStop(Tokens tokens, int end) {
		Token t = tokens.get(end);
		return (t.norm().equals("jr") || t.norm().equals("sr")) && t.end() < tokens.text().length()
				&& tokens.text().charAt(t.end()) == '.' ? "." : "";
	}

	/**
	 * Whether words {@code first}..{@code last} can be a person's name here: not a place, not an
	 * organization's words, not a title of a work in quotes, and not "Saudi Arabia"-like spans that
	 * end in a place unless they start with a given name.
	 */
	static boolean personLike(Context c, int first, int last, boolean given) {
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
	static boolean verbAfter(Tokens tokens, int last) {
		return last + 1 < tokens.size() && tokens.get(last + 1).joined() && !tokens.get(last + 1).capitalized()
				&& Lexicon.PERSON_VERBS.contains(tokens.get(last + 1).norm());
	}

	/** A name in a list of names: "Forwards: A, B, C." or "A; B, C (D 78)". */
	static boolean inList(Tokens tokens, int first, int last) {
		boolean before = first > 0 && (gapHas(tokens, first, ',') || gapHas(tokens, first, ';') || gapHas(tokens, first, ':')
				|| gapHas(tokens, first, '('));
		boolean after = last + 1 >= tokens.size() || gapHas(tokens, last + 1, ',') || gapHas(tokens, last + 1, ';')
				|| gapHas(tokens, last + 1, ')') || gapHas(tokens, last + 1, '.');
		return before && after;
	}

	/** The last words of capitalized runs that start with a given name ("Elena Varkova" gives "varkova"). */
	static Set<String> surnamesOfGivenNames(Tokens tokens, boolean[] used) {
		Set<String> surnames = new java.util.HashSet<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (!used[i] && tokens.get(i).capitalized() && givenName(tokens, i)) {
				int end = nameEnd(tokens, used, i);
				if (end > i) {
					surnames.add(tokens.get(end).norm());
				}
			}
		}
		return surnames;
	}

	/** Whether the last word of the span also stands alone, capitalized, elsewhere in the text ("Varkova said"). */
	static boolean usedAloneElsewhere(Tokens tokens, int first, int last) {
		String surname = tokens.get(last).norm();
		return tokens.standaloneCount(surname) > (standalone(tokens, last) ? 1 : 0);
	}

	/** Whether word {@code k} stands alone: capitalized, with no capitalized word glued to it. */
	static boolean standalone(Tokens tokens, int k) {
		return tokens.get(k).capitalized() && (k == 0 || !linked(tokens, k) || !tokens.get(k - 1).capitalized())
				&& (k + 1 >= tokens.size() || !linked(tokens, k + 1) || !tokens.get(k + 1).capitalized());
	}

	/** "Abu Shanab" after "Hassan Abu Shanab" is the same person: shorter forms become aliases. */
	static void mergeShortForms(Map<String, Person> people) {
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
	static boolean hasTitleWord(String role) {
		for (Token t : Tokens.of(role).list()) {
			if (Lexicon.TITLE_HEADS.contains(t.norm())) {
				return true;
			}
		}
		return false;
	}

	/** "current chairman" is the chairman; "former" stays. */
	static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-year-old\\s+");

	static String cleanRole(String role) {
		String r = role.strip();
		for (String lead : List.of("current ", "then ", "now ", "newly appointed ", "new ", "longtime ", "long-time ")) {
			if (r.toLowerCase(java.util.Locale.ROOT).startsWith(lead) && r.length() > lead.length()) {
				r = r.substring(lead.length());
			}
		}
		// "a 20-year-old scrum-half": the age is no part of the role
		java.util.regex.Matcher age = AGE.matcher(r);
		if (age.lookingAt() && age.end() < r.length()) {
			r = r.substring(age.end());
		}
		return r;
	}

	/** Months that are also given names: "a daughter, June Whitaker". */
	static final Set<String> MONTH_GIVEN_NAMES = Set.of("april", "june", "august");

	/** Words before a month that make it a date: "in June", "since April", "last August". */
	static final Set<String> DATE_BEFORE = Set.of("in", "on", "since", "until", "till", "by", "last", "next", "early", "late",
			"mid", "of", "from", "through", "during", "before", "after", "this", "that", "each", "every", "between", "and", "to");

	/** A month written before a surname with no date around it ("June Whitaker", not "in June Smith said"). */
	static boolean monthAsGivenName(Tokens tokens, boolean[] used, int i) {
		Token t = tokens.get(i);
		if (!t.capitalized() || t.allCaps() || !MONTH_GIVEN_NAMES.contains(t.norm()) || i + 1 >= tokens.size() || used[i + 1]) {
			return false;
		}
		Token next = tokens.get(i + 1);
		if (!next.joined() || !isNameWord(next) || Character.isDigit(next.norm().charAt(0)) || i + 2 < tokens.size()
				&& tokens.get(i + 2).joined() && Character.isDigit(tokens.get(i + 2).norm().charAt(0))) {
			return false;
		}
		return i == 0 || !DATE_BEFORE.contains(tokens.get(i - 1).norm()) && !Character.isDigit(tokens.get(i - 1).norm().charAt(0));
	}

	/** Words that close a long title before a name: "Assistant Secretary of State for African Affairs Daniel R. Whitmore". */
	static final Set<String> TITLE_TAILS = Set.of("affairs", "relations", "operations");

	static boolean isNameWord(Token t) {
		if (!t.capitalized() || t.allCaps()) {
			return false;
		}
		String w = t.norm();
		return w.length() >= 2 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.TITLE_HEADS.contains(w)
				&& !Lexicon.HONORIFICS.contains(w) && !Lexicon.NAME_SUFFIXES.contains(w)
				&& !Lexicon.TITLE_MODIFIERS.contains(w) && !Lexicon.ORGANIZATION_HEADS.contains(w)
				&& !Character.isDigit(w.charAt(0));
	}

	// --- organizations -----------------------------------------------------------------------

	/** The end of a capitalized run from {@code start} (connectors inside allowed), at most five words; or -1. */
	static int runEnd(Tokens tokens, boolean[] used, int start) {
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
	static boolean notABrand(Tokens tokens, int start, int end, Set<String> surnames) {
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










	/** Whether word {@code k} opens a quotation: a title of a work, not a name. */
	static boolean quoted(Tokens tokens, int k) {
		int start = tokens.get(k).start();
		return start > 0 && "\"\u201C\u2018'".indexOf(tokens.text().charAt(start - 1)) >= 0;
	}





	/**
	 * "Kyiv investment firm Dragon Capital", "Dutch charity Impunity Watch": where a place or
	 * nationality and a noun saying what it is come before a name, the name's first word; or -1.
	 */
	static int described(Context c, int k) {
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
	static String organizationStartingAt(Context c, int k, boolean onlyOrganizations) {
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
	static String fullest(Context c, String name) {
		String expanded = expansion(c, name);
		return expanded != null ? expanded : name;
	}

	/**
	 * A longer name in the text (known or new) that {@code name} is the initials, the first words or
	 * the last words of: "NTWC", "Osterlund" for "Osterlund Lines", "Alliance" for "People's Alliance".
	 */
	static String expansion(Context c, String name) {
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

	static boolean matchesShortForm(Org o, String key, String name) {
		return o.normalized.equals(key) || o.normalized.startsWith(key) || o.normalized.endsWith(key)
				|| o.initials.equalsIgnoreCase(name.strip());
	}

	static String initials(String name) {
		StringBuilder sb = new StringBuilder();
		for (Token t : Tokens.of(name).list()) {
			if (t.capitalized()) {
				sb.append(t.norm().charAt(0));
			}
		}
		return sb.toString();
	}

	static boolean hyphenBefore(Tokens tokens, int k) {
		int from = tokens.get(k - 1).end();
		return tokens.get(k).start() - from == 1 && tokens.text().charAt(from) == '-';
	}

	static boolean gapHas(Tokens tokens, int i, char ch) {
		String text = tokens.text();
		for (int k = i == 0 ? 0 : tokens.get(i - 1).end(), to = tokens.get(i).start(); k < to; k++) {
			if (text.charAt(k) == ch) {
				return true;
			}
		}
		return false;
	}

	static boolean gapIsSpace(Tokens tokens, int i) {
		String text = tokens.text();
		for (int k = i == 0 ? 0 : tokens.get(i - 1).end(), to = tokens.get(i).start(); k < to; k++) {
			if (!Character.isWhitespace(text.charAt(k))) {
				return false;
			}
		}
		return true;
	}

}
