package org.dateline.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.suggest.Candidates.Org;
import org.dateline.suggest.Tokens.Token;

import static org.dateline.suggest.Candidates.*;
import static org.dateline.suggest.Brands.brands;
import static org.dateline.suggest.Roles.*;

/**
 * The organizations stage of {@link Candidates}: capitalized names with an organization word
 * ("Kessling Harbour Pilots' Guild", "Ministry of Maritime Affairs"), lower-case state bodies
 * ("the interior ministry"), brands known by how the text uses them (a verb, a list, a noun saying
 * what they are, a capital inside a word, a country or state at the end of the name), acronyms,
 * and every later mention of an organization found once. It runs before the people stage, which
 * reads where each organization stands.
 */
final class OrganizationNames {

	private OrganizationNames() {
	}

	/** Prefixes of surnames with a capital inside ("McAuley", "DiMarco", "MacLeod", "LeBlanc"). */
	static final Set<String> SURNAME_PREFIXES = Set.of("mc", "mac", "de", "di", "da", "du", "la", "le", "van",
			"von", "fitz", "st", "o");

	/** Words that open a place's name ("Northern California", "New England", "South Australia"). */
	static final Set<String> PLACE_OPENERS = Set.of("north", "south", "east", "west", "northern", "southern",
			"eastern", "western", "central", "greater", "new", "upper", "lower", "inner", "outer", "lake", "mount", "port",
			"saint", "st", "san", "santa", "los", "las", "fort", "cape", "rio", "old", "little", "great", "metro", "downtown");

	/** What a district that is a public body serves: "South Plains Public Health District", "Unified School District". */
	static final Set<String> DISTRICT_FIELDS = Set.of("health", "school", "water", "fire", "sanitation", "parks", "park",
			"irrigation", "utility", "transit", "hospital", "library", "conservation");

	/** Words that end a union's name, before a branch number ("Union Local 998"). */
	static final Set<String> UNION_WORDS = Set.of("union", "workers", "brotherhood", "federation", "association");

	/** A broadcaster's service, which a region may follow ("BBC Radio Scotland"). */
	static final Set<String> BROADCAST_WORDS = Set.of("radio", "television", "tv", "news");

	static final Set<String> HAVE = Set.of("has", "had", "have");

	static void organizations(Tokens tokens, boolean[] used, Map<String, Org> orgs, String[] orgAt,
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
				if (w.capitalized() && k > start && (Lexicon.ORGANIZATION_HEADS.contains(w.norm())
						|| w.norm().equals("district") && DISTRICT_FIELDS.contains(tokens.get(k - 1).norm()))) {
					best = k; // (and "Public Health District", "School District", not "Lake District")
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
			if (best + 2 < n && UNION_WORDS.contains(tokens.get(best).norm()) && tokens.get(best + 1).norm().equals("local")
					&& tokens.get(best + 1).capitalized() && tokens.get(best + 1).joined() && tokens.get(best + 2).joined()
					&& Character.isDigit(tokens.get(best + 2).norm().charAt(0))) {
				// "Amalgamated Transit Union Local 998": a union's branch is named with its number
				best += 2;
			}
			if (best + 1 < n && !used[best + 1] && BROADCAST_WORDS.contains(tokens.get(best).norm()) && tokens.get(best + 1).joined()
					&& tokens.get(best + 1).capitalized() && Lexicon.PLACES.contains(tokens.get(best + 1).norm())) {
				// "BBC Radio Scotland", "France Television Bretagne": a broadcaster's regional service
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
			if (expanded == null) {
				// "JAXA" for "Japan Aerospace Exploration Agency": an acronym that takes more than initials
				for (Org o : orgs.values()) {
					if (looseAcronym(acronym, o.name)) {
						expanded = expanded == null ? o : null;
						if (expanded == null) {
							break;
						}
					}
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

	/**
	 * Whether {@code acronym} (three letters or more) spells {@code name} loosely: its letters are in order in the
	 * name's words (connectors left out), the first is the first word's initial, the last word gives one, and all
	 * but one of them are initials of the words.
	 */
	static boolean looseAcronym(String acronym, String name) {
		if (acronym.length() < 3) {
			return false;
		}
		List<String> words = new ArrayList<>();
		for (Token t : Tokens.of(name).list()) {
			if (t.capitalized()) {
				words.add(t.norm());
			}
		}
		if (words.size() < 2 || words.size() > acronym.length() + 1) {
			return false;
		}
		String a = acronym.toLowerCase(java.util.Locale.ROOT);
		int letter = 0;
		int initials = 0;
		boolean lastUsed = false;
		for (int w = 0; w < words.size() && letter < a.length(); w++) {
			String word = words.get(w);
			if (word.charAt(0) == a.charAt(letter)) {
				initials++;
				letter++;
				lastUsed = w == words.size() - 1;
				for (int p = 1; p < word.length() && letter < a.length() && a.length() - letter > words.size() - w - 1; p++) {
					if (word.charAt(p) == a.charAt(letter)) {
						letter++;
					}
				}
			}
			else if (w == 0) {
				return false;
			}
			else {
				for (int p = 1; p < word.length() && letter < a.length(); p++) {
					if (word.charAt(p) == a.charAt(letter)) {
						letter++;
						break;
					}
				}
			}
		}
		return letter == a.length() && lastUsed && initials >= a.length() - 1;
	}

	/** Whether an organization word comes within the next few capitalized words from {@code k}. */
	/** Words of football and other team sports' copy; two of them (or one twice) make a story sport copy. */
	static final Set<String> SPORT_WORDS = Set.of("striker", "midfielder", "defender", "goalkeeper", "winger", "league",
			"match", "goal", "goals", "penalty", "half-time", "kick-off", "equaliser", "equalizer", "fixture", "season",
			"premiership", "cup", "squad", "stadium", "referee", "scored", "uncapped", "caps", "tests", "try", "tries", "scrum-half",
			"fly-half", "flanker", "captaincy", "innings", "wickets");

	/** A player's or a club official's place in a team: "the former Dunvale striker", "Carrick's goalkeeper". */
	static final Set<String> PLAYER_POSITIONS = Set.of("striker", "midfielder", "defender", "goalkeeper", "winger",
			"forward", "captain", "manager", "coach", "boss", "full-back", "centre-back", "keeper", "academy", "flanker", "prop",
			"lock", "wing", "centre", "scrum-half", "fly-half", "hooker", "number-eight", "half", "batsman", "bowler", "opener");

	/** What comes before an opponent: "against Carrick", "beat Carrick 2-1". */
	static final Set<String> CLUB_BEFORE = Set.of("against", "beat", "beating", "versus", "vs", "v", "host", "hosts", "hosting",
			"visit", "visiting");

	/** A position's club: "a scrum-half at Ayr", "the manager of Carrick". */
	static final Set<String> WORKPLACE_LINKS_SPORT = Set.of("of", "at", "with");

	/** "Adam Forsyth of Edinburgh": two words from {@code k} that start with a given name, a player named in sport copy. */
	static boolean personAt(Tokens tokens, int k) {
		return givenName(tokens, k) && !tokens.get(k).allCaps();
	}

	static boolean sportCopy(Tokens tokens) {
		int seen = 0;
		for (String word : SPORT_WORDS) {
			seen += Math.min(2, tokens.positions(word).length);
			if (seen >= 3) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one capitalized word can be a club named after its town: no given name, surname, nationality, country
	 * or large city (a national side or a place), common word, title or shorter form of a longer name.
	 */
	static boolean clubName(Tokens tokens, int k, Set<String> tails, Set<String> surnames) {
		Token w = tokens.get(k);
		String norm = w.norm();
		return !givenName(tokens, k) && !surnames.contains(norm) && !tails.contains(norm) && !Lexicon.NATIONALITIES.contains(norm)
				&& !Lexicon.COUNTRIES.contains(norm) && !REGION_TAILS.contains(norm) && !tokens.isCommonWord(norm) && !Lexicon.NOT_NAMES.contains(norm)
				&& !Lexicon.HONORIFICS.contains(norm) && !SuggestionEngine.titleish(norm) && !w.allCaps() && !quoted(tokens, k)
				&& norm.length() > 2;
	}

	/** A capitalized word that is no given name, surname, place, nationality, common word or title. */
	static boolean plainWord(Tokens tokens, int k, Set<String> tails, Set<String> surnames) {
		String norm = tokens.get(k).norm();
		return !givenName(tokens, k) && !surnames.contains(norm) && !Lexicon.PLACES.contains(norm) && !placeLike(tokens, norm)
				&& !Lexicon.isNationality(norm, true) && !tokens.isCommonWord(norm) && !Lexicon.NOT_NAMES.contains(norm)
				&& !Lexicon.HONORIFICS.contains(norm) && !SuggestionEngine.titleish(norm) && !tokens.get(k).allCaps();
	}

	/** Nouns for news outlets, which may follow a name with no article: "told Al-Ahram newspaper". */
	static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "daily", "weekly", "magazine", "broadcaster", "tabloid",
			"website", "news", "television", "radio");

	/** Buildings whose names also name the body that meets in them: "Inner Temple", "Tammany Hall", "Chatham House". */
	static final Set<String> INSTITUTION_TAILS = Set.of("temple", "hall", "house", "inn", "lodge", "college", "chambers");

	/** Words between a pair of brands and their verb: "Exxon Mobil and Chevron have both cut". */
	static final Set<String> BOTH = Set.of("both", "each", "are", "were", "also");

	/** Verbs and nouns that put someone inside a body: "joined the Inner Temple", "a fellow of the ...". */
	static final Set<String> JOINING = Set.of("joined", "joining", "joins", "into", "rejoined");

	/** Words that say what a company is to another, opening a sentence: "Rival Hapag-Lloyd raised". */
	static final Set<String> RIVALS = Set.of("rival", "rivals", "competitor", "fellow", "peer");

	/** What links a group of people to the organization they belong to: "the in-house teams at". */
	static final Set<String> WORKPLACE_LINKS = Set.of("at", "of", "from");

	/**
	 * Whether two words ending in a word that is usually a place's ("Ocean", "Bay") still read as a brand in a list
	 * that names an organization: the first word is no common word, place, nationality, direction or given name.
	 */
	/** Place words that also end companies' names ("Hanwha Ocean"); "Bay" or "Island" are left to places. */
	static final Set<String> BRAND_PLACE_WORDS = Set.of("ocean", "pacific", "atlantic", "marine", "coast");

	static boolean brandBeforePlaceWord(Tokens tokens, int start, int end, Set<String> surnames) {
		Token first = tokens.get(start);
		return end == start + 1 && BRAND_PLACE_WORDS.contains(tokens.get(end).norm())
				&& !tokens.isCommonWord(first.norm()) && !PLACE_OPENERS.contains(first.norm())
				&& !Lexicon.PLACES.contains(first.norm()) && !placeLike(tokens, first.norm()) && !nationalityHere(tokens, start)
				&& !givenName(tokens, start) && !Lexicon.NOT_NAMES.contains(first.norm())
				&& !Lexicon.PLACES.contains(SuggestionEngine.joined(tokens, start, end))
				&& !surnames.contains(tokens.get(end).norm());
	}

	static boolean headAhead(Tokens tokens, boolean[] used, int k) {
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
	static void lowerCaseBodies(Tokens tokens, boolean[] used, Map<String, Org> orgs, String[] orgAt) {
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

	/**
	 * The shorter forms of every longer capitalized run in the text: "natarajan" for "Priya
	 * Natarajan", "nation" for "Live Nation". A word alone that is one of them is most likely that
	 * person's surname or that name's short form, not a brand of its own.
	 */
	static Set<String> tails(Tokens tokens) {
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
	static boolean alone(Tokens tokens, int start, int end, Set<String> tails, Set<String> surnames) {
		// at the start of a sentence a capital says nothing: the word must be capitalized elsewhere too
		return aloneAnywhere(tokens, start, end, tails, surnames)
				&& (!tokens.get(start).sentenceStart() || tokens.isProperWord(tokens.get(start).norm()));
	}

	/** {@link #alone} wherever the word stands. */
	static boolean aloneAnywhere(Tokens tokens, int start, int end, Set<String> tails, Set<String> surnames) {
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

	/** Whether the gap before word {@code k} is an ampersand between spaces: "Hale & Winslow", "Marks & Spencer". */
	static boolean ampersandGap(Tokens tokens, int k) {
		String text = tokens.text();
		boolean amp = false;
		for (int p = tokens.get(k - 1).end(); p < tokens.get(k).start(); p++) {
			char ch = text.charAt(p);
			if (ch == '&' && !amp) {
				amp = true;
			}
			else if (ch != ' ') {
				return false;
			}
		}
		return amp;
	}

	/** Whether a word of the span has a capital after a lower-case letter, as brands do ("DeepMind", "OpenAI"). */
	static boolean innerCapital(Tokens tokens, int start, int end) {
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
	static int partnersEnd(Tokens tokens, boolean[] used, int end) {
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
	 * "Tennis Australia", "Historic England", "Health Access California": capitalized words that end
	 * in a place but open with a word that is no part of one (not a direction, a place, a
	 * nationality or a given name), as organizations named after their country or state do.
	 */
	/** Regions that follow a country in an organization's name: "Greenpeace Australia Pacific", "Oxfam Asia". */
	static final Set<String> REGION_TAILS = Set.of("pacific", "asia", "asia-pacific", "europe", "africa", "americas",
			"international", "caribbean");

	static boolean placeTailed(Tokens tokens, int start, int end) {
		if (end <= start || end - start > 3) {
			return false;
		}
		int place = placeEndingAt(tokens, end);
		if (place < 0 && end - 1 > start && REGION_TAILS.contains(tokens.get(end).norm())) {
			// "Greenpeace Australia Pacific": a region word after the place
			place = placeEndingAt(tokens, end - 1);
		}
		Token first = tokens.get(start);
		for (int k = start; k <= end; k++) {
			if (!tokens.get(k).capitalized() || k > start && !tokens.get(k).joined()) {
				return false;
			}
		}
		// a title word opens no such name ("Finance Minister ..."), but a field may ("Health Access California")
		boolean titleStart = Lexicon.TITLE_HEADS.contains(first.norm()) || SuggestionEngine.titleish(first.norm())
				&& (SuggestionEngine.titleish(tokens.get(start + 1).norm()) || place == start + 1);
		return place > start && !PLACE_OPENERS.contains(first.norm()) && !placeLike(tokens, first.norm())
				&& !Lexicon.isNationality(first.norm(), true) && !givenName(tokens, start) && !first.allCaps()
				&& !Lexicon.NOT_NAMES.contains(first.norm()) && !titleStart
				&& !Lexicon.PLACES.contains(SuggestionEngine.joined(tokens, start, end));
	}

	/**
	 * A nationality: one of the known adjectives, or a word shaped like one ("Taziri", "Valdorian")
	 * that is followed by the noun it qualifies; "Amundi," alone is a name.
	 */
	static boolean nationalityHere(Tokens tokens, int k) {
		Token t = tokens.get(k);
		return t.capitalized() && (Lexicon.NATIONALITIES.contains(t.norm()) || Lexicon.isNationality(t.norm(), true)
				&& k + 1 < tokens.size() && tokens.get(k + 1).joined() && !innerCapital(tokens, k, k)
				&& !verbAt(tokens, k + 1));
	}

	/** A lower-case verb: "Mubi picked up" is a name before its verb, not a nationality before a noun. */
	static boolean verbAt(Tokens tokens, int k) {
		Token t = tokens.get(k);
		String w = t.norm();
		return !t.capitalized() && (Lexicon.SAYING.contains(w) || Lexicon.ORGANIZATION_VERBS.contains(w) || HAVE.contains(w)
				|| Lexicon.BUYING.contains(w) || Lexicon.COMMON_VERBS.contains(w) && !w.equals("former"));
	}

	/** "funds that include", "900 firms, including": the list that follows names organizations. */
	static boolean organizationsBefore(Tokens tokens, int k) {
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

	/** "X said in a statement", "X said it would": what an organization says. */
	static boolean saidWithIt(Tokens tokens, int saying) {
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
	static boolean appositionNamesOrganization(Tokens tokens, int k) {
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

	static int orgSpanEnd(String[] orgAt, int k) {
		int end = k;
		while (end + 1 < orgAt.length && orgAt[k].equals(orgAt[end + 1])) {
			end++;
		}
		return end;
	}

	/** The last words of clubs' names that stand for the whole club once it is named: "Rovers", "Athletic". */
	static final Set<String> CLUB_TAILS = Set.of("rovers", "athletic", "united", "wanderers", "rangers", "albion", "city",
			"town", "county", "thistle", "hotspur", "villa", "harriers", "warriors", "saints", "stars");

	static void add(Map<String, Org> orgs, String[] orgAt, Tokens tokens, int first, int last) {
		if (first == last && Lexicon.NOT_ORGANIZATIONS.contains(tokens.get(first).norm())) {
			return; // "Democrats said": members of a party, not the party
		}
		String name = tokens.surface(first, last);
		String key = " " + Tokens.key(name) + " ";
		for (Org o : orgs.values()) {
			if (first == last && (o.normalized.startsWith(key) || CLUB_TAILS.contains(tokens.get(first).norm())
					&& o.normalized.endsWith(key)) && !o.normalized.equals(key)) {
				// "Halvik" after "Halvik Foods"; "Rovers" after "Kilbride Rovers", the club's own short form
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

}
