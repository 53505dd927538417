package org.dateline.suggest;

import java.util.List;

import org.dateline.subject.SubjectKind;
import org.dateline.suggest.Gazetteer.Named;
import org.dateline.suggest.Tokens.Token;

import static org.dateline.suggest.Candidates.*;
import static org.dateline.suggest.OrganizationNames.placeTailed;

/**
 * A new person's role and organization as the text states them: a title before the name
 * (compound titles kept whole), an apposition after it ("X, the club's sporting director"), and
 * the organization the title or the sentence points to.
 *
 * @see Candidates
 */
final class Roles {

	private Roles() {
	}

	/**
	 * A title right before word {@code at} (the name, or the honorific before it), and what stands
	 * before the title: a known or new organization, an acronym, a nationality or a place (not an
	 * organization), or another proper name (an organization's short form). Compound titles are
	 * kept whole: "First Deputy Prime Minister and Minister of Finance", "chairman and chief
	 * executive", "Assistant U.S. Attorney". Returns {role, organization}, or null.
	 */
	static String[] titleBefore(Context c, int at, int nameStart) {
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
	static String ofOrganization(Context c, int end) {
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
	static int placeEndingAt(Tokens tokens, int k) {
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
	static int honorificsStart(Tokens tokens, int first) {
		int k = first;
		while (k > 0 && Lexicon.HONORIFICS.contains(tokens.get(k - 1).norm()) && linked(tokens, k)) {
			k--;
		}
		return k;
	}

	/** An organization named only next to a title ("Vallex marketing chief") is a new organization too. */
	static String remember(Context c, String name) {
		if (expansion(c, name) == null && c.orgs().size() < MAX_CANDIDATES
				&& Tokens.of(name).list().stream().allMatch(Token::capitalized)) {
			c.orgs().computeIfAbsent(Tokens.key(name), k -> new Org(name)).matched.add(name);
		}
		return name;
	}

	/** The organization (known, or found in this text) whose last word is word {@code k}, in full. */
	static String organizationEndingAt(Context c, int k) {
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
	static String[] appositionAfter(Context c, int nameEnd) {
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
		else if (!article && i < tokens.size() && tokens.get(i).possessive() && (c.orgAt()[i] != null || c.subjectAt()[i] != 0)
				&& (i == nameEnd + 1)) {
			// "Yuki Hamada, JAXA's deputy director general,": the organization's title
			String named = organizationEndingAt(c, i);
			if (named != null && i + 1 < tokens.size() && !tokens.get(i + 1).capitalized()) {
				referred = named;
				article = true;
				i++;
			}
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
			int runAfter = k < tokens.size() ? runEnd(tokens, c.used(), k) : -1;
			// "executive director of Health Access California": a name ending in a place, after "of", is the workplace
			boolean ofPlaceTailed = !at && !from && runAfter > k && placeTailed(tokens, k, runAfter);
			if (workplace != null && !found && (at || named >= 0 || ofPlaceTailed) && hasTitle) {
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
	static String[] titleBeforeComma(Context c, int nameStart) {
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

	static String[] titleEndingAt(Context c, int roleEnd) {
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
	static String organizationInSentenceBefore(Context c, int k) {
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
	static String organizationCalled(Context c, String noun, int k) {
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
	static String lastOrganizationBefore(Context c, int k) {
		for (int i = k - 1; i >= 0; i--) {
			String named = organizationEndingAt(c, i);
			if (named != null) {
				return named;
			}
		}
		return null;
	}

	static boolean nextToSaying(Tokens tokens, int first, int last) {
		if (first > 0 && tokens.get(first).joined() && Lexicon.SAYING.contains(tokens.get(first - 1).norm())) {
			return true;
		}
		return last + 1 < tokens.size() && tokens.get(last + 1).joined()
				&& Lexicon.SAYING.contains(tokens.get(last + 1).norm());
	}

	/** "Einar Ness, whose son ...", "Hedda Moss, who lives ...": a person, even without a role. */
	static boolean beforeWho(Tokens tokens, int last) {
		return last + 1 < tokens.size() && gapHas(tokens, last + 1, ',')
				&& WHO_WHOSE.contains(tokens.get(last + 1).norm());
	}

	/** "ministry spokeswoman" at the Foreign Ministry is a spokeswoman: the organization is named already. */
	static String withoutOrganizationNoun(String role, String organization) {
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
	static boolean inRunningText(Tokens tokens, int first, int last) {
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

}
