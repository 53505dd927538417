package org.dateline.suggest;

import java.util.Set;

/**
 * The words the candidate patterns rely on, all lower-case: titles that introduce a person,
 * words that end an organization's name, and words that look like names but are not.
 */
final class Lexicon {

	private Lexicon() {
	}

	private static Set<String> words(String... words) {
		return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
	}

	/** Words that end a title before a name: "Foreign Minister", "CIA Director", "intelligence chief". */
	static final Set<String> TITLE_HEADS = words("minister", "president", "director", "chief", "secretary",
			"ambassador", "governor", "mayor", "chairman", "chairwoman", "chair", "chairperson", "ceo", "spokesman",
			"spokeswoman", "spokesperson", "commissioner", "judge", "justice", "senator", "mp", "coach", "manager",
			"captain", "striker", "midfielder", "defender", "goalkeeper", "forward", "professor", "dr", "mr", "mrs",
			"ms", "general", "colonel", "admiral", "major", "lieutenant", "sergeant", "inspector", "superintendent",
			"commander", "envoy", "negotiator", "premier", "chancellor", "king", "queen", "prince", "princess",
			"sheikh", "emir", "bishop", "archbishop", "head", "leader", "treasurer", "master", "editor", "founder",
			"economist", "analyst", "officer", "constable", "councillor", "councilor", "alderman", "deputy",
			"speaker", "prosecutor", "attorney", "lawyer", "chef", "executive", "organiser", "organizer", "official",
			"mediator", "correspondent", "trainer", "rider", "driver", "skipper", "champion", "winger", "batsman",
			"bowler", "sprinter", "pilot", "president-elect", "vice-president", "undersecretary", "registrar",
			"dean", "rector", "principal", "controller", "auditor", "ombudsman", "curator", "conductor", "architect",
			"referee", "umpire", "pharmacist", "nurse", "doctor", "surgeon", "teacher", "farmer", "fisherman", "engineer",
			"designer", "scientist", "researcher", "historian", "owner", "coordinator", "administrator", "supervisor",
			"chairman-elect", "president-designate", "physician", "economist", "strategist", "adviser", "advisor",
			"consultant", "campaigner", "activist", "vicar", "priest", "imam", "rabbi", "pastor", "caretaker",
			"secretary-general", "boss", "operator", "worker", "clerk", "cashier", "baker", "butcher", "plumber",
			"electrician", "mechanic", "inspector", "warden", "ranger", "midwife", "paramedic", "firefighter",
			"journalist", "reporter", "photographer", "author", "novelist", "poet", "artist", "singer", "musician",
			"actor", "actress", "director-general", "member", "fellow", "volunteer", "student", "biologist",
			"chemist", "physicist", "geologist", "oceanographer", "lecturer", "veteran", "planner", "broker");

	/** Words that may come before a title head and belong to the title: "Deputy Foreign Minister". */
	static final Set<String> TITLE_MODIFIERS = words("deputy", "vice", "acting", "interim", "former", "senior",
			"junior", "assistant", "associate", "chief", "prime", "foreign", "interior", "finance", "defence", "defense",
			"justice", "health", "trade", "economy", "economic", "transport", "energy", "education", "culture",
			"labour", "labor", "agriculture", "fisheries", "environment", "general", "special", "regional", "national",
			"executive", "managing", "state", "first", "second", "lord", "head", "team", "club", "party", "group",
			"harbour", "harbor", "police", "fire", "army", "navy", "intelligence", "press", "communications",
			"operations", "programme", "program", "project", "policy", "campaign", "union", "city", "county", "district",
			"supreme", "high", "grand", "lead", "principal", "technical", "sporting", "medical", "legal", "political",
			"military", "security", "budget", "finance", "independent", "opposition", "government", "junior",
			"foreign-affairs", "home", "secretary", "assistant", "co", "vice-chair", "marketing", "sales", "research",
			"investment", "development", "logistics", "shadow");

	/** Words that end an organization's name. */
	static final Set<String> ORGANIZATION_HEADS = words("association", "confederation", "guild", "federation",
			"union", "party", "bank", "ministry", "agency", "council", "committee", "commission", "authority", "office",
			"bureau", "directorate", "department", "service", "services", "alliance", "bloc", "front", "movement",
			"group", "company", "corporation", "corp", "inc", "ltd", "plc", "holdings", "shipping", "institute",
			"university", "college", "academy", "hospital", "court", "tribunal", "police", "army", "navy", "fund",
			"foundation", "trust", "network", "league", "club", "cooperative", "co-operative", "assembly", "board",
			"exchange", "capital", "partners", "airlines", "airways", "railways", "energy", "media", "coalition",
			"syndicate", "society", "centre", "center", "laboratories", "pharmaceuticals", "industries", "motors",
			"organisation", "organization", "secretariat", "forces", "guard", "brigade", "brigades", "consortium",
			"bancorp", "insurance", "telecom", "group", "works", "mills", "mining", "press", "times", "herald",
			"gazette", "post", "broadcasting", "federation", "unions", "fc", "united", "athletic", "rovers",
			"wanderers", "rangers", "albion", "observatory", "watch", "institution", "lines", "logistics", "ports",
			"terminals", "cartel", "council", "trades", "cross", "crescent", "pact", "courier", "tribune", "journal",
			"chronicle", "observer", "firm", "bancorp", "credit", "homes", "housing", "trust", "research", "foods",
			"securities", "racing", "town", "chamber", "ambulance", "campaign", "collective", "cycling", "sporting",
			"orchestra", "theatre", "theater", "museum", "library", "gallery", "ensemble", "choir", "brewery",
			"dairies", "farms", "fisheries", "technologies", "systems", "solutions", "electric", "steel", "cement",
			"construction", "developments", "properties", "estates", "ventures", "investments", "advisers", "airport",
			"rail", "transit", "ferries", "bus", "buses");

	/** After "the" and a nationality, these name a state body: "Egyptian intelligence". */
	static final Set<String> STATE_BODIES = words("intelligence", "police", "army", "navy", "military", "coastguard",
			"customs");

	/** Words that cannot start an organization's name. */
	static final Set<String> NOT_ORGANIZATION_START = words("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "a", "an", "this", "that", "these", "those", "he", "she",
			"it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "if",
			"when", "while", "after", "before", "as", "at", "in", "on", "for", "from", "by", "with", "to", "of",
			"yesterday", "today", "tomorrow", "last", "next", "there", "here", "what", "who", "why", "how", "mr",
			"mrs", "ms", "dr", "both", "each", "every", "some", "all", "many", "most", "several", "other", "another",
			"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
			"twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozens", "hundreds", "thousands");

	/** Particles that start a compound surname: "Abu Haddad", "van der Berg", "de la Cruz". */
	static final Set<String> SURNAME_PARTICLES = words("abu", "bin", "ibn", "ben", "van", "von", "de", "del", "della",
			"da", "di", "du", "dos", "das", "la", "le", "mac", "mc", "ter", "ten", "al", "el", "st");

	/** Small words that may sit inside a name: "Ministry of Maritime Affairs", "Omar al-Rashid". */
	static final Set<String> CONNECTORS = words("of", "for", "and", "the", "de", "del", "la", "le", "van", "von",
			"der", "den", "al", "el", "bin", "ibn", "bint", "da", "di", "du", "dos", "das", "y", "on", "&");

	/** Particles that may start or sit inside a person's name. */
	static final Set<String> NAME_PARTICLES = words("de", "del", "la", "le", "van", "von", "der", "den", "al", "el",
			"bin", "ibn", "bint", "da", "di", "du", "dos", "das", "ter", "ten", "mac", "st");

	/** Capitalized words that are never part of a name. */
	static final Set<String> NOT_NAMES = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
			"november", "december", "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we",
			"i", "you", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "if", "when", "while",
			"after", "before", "as", "at", "in", "on", "for", "from", "by", "with", "to", "of", "yesterday", "today",
			"tomorrow", "last", "next", "there", "here", "what", "who", "why", "how", "all", "some", "both", "each",
			"every", "no", "not", "so", "then", "than", "also", "mr", "mrs", "ms", "dr", "sir", "dame", "madam",
			"parliament", "government", "ministry", "police", "court", "state", "city", "north", "south", "east",
			"west", "northern", "southern", "eastern", "western", "christmas", "easter", "new", "old", "one", "two",
			"three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "most", "more", "few", "other",
			"another", "such", "only", "even", "still", "just", "now", "once", "again", "asked", "speaking", "according",
			"despite", "although", "though", "because", "since", "until", "under", "over", "about", "around", "between",
			"among", "during", "without", "within", "inside", "outside", "near", "across", "through", "into", "onto",
			"upon", "like", "unlike", "meanwhile", "however", "instead", "later", "earlier", "already", "nor", "yet",
			"quay", "street", "road", "avenue", "square", "park", "stadium", "bridge", "harbour", "harbor", "port",
			"gate", "hall", "tower", "station", "airport", "island", "river", "lake", "bay", "sea", "ocean", "mount",
			"valley", "district", "province", "county", "region");

	/** Capitalized all-caps words that are not organizations. */
	static final Set<String> NOT_ACRONYMS = words("tv", "am", "pm", "ceo", "cfo", "coo", "mp", "mps", "gdp", "ok",
			"id", "pc", "dj", "vat", "ai", "uk", "us", "usa", "ad", "bc", "ii", "iii", "iv", "vi", "vii", "viii", "ix",
			"xi", "xii", "faq", "pdf", "gmt", "utc", "cctv", "dna", "hiv", "covid", "km", "kg", "mph", "kmh", "st",
			"jr", "sr", "ph", "md", "phd", "ba", "ma", "mba", "bsc", "msc", "vip", "sms", "gps", "ipo", "ceos", "a",
			"i", "rip", "ps", "vs", "etc", "asap", "fyi", "tba", "tbc", "no");

	/** Verbs that may stand right before a title and a name ("met Harbour Commissioner Tove Lind"). */
	static final Set<String> COMMON_VERBS = words("met", "saw", "told", "led", "beat", "hit", "won", "lost", "put",
			"let", "set", "cut", "got", "sent", "paid", "made", "took", "gave", "found", "meet", "see", "tell", "lead",
			"thank", "praise", "blame", "join", "replace", "visit", "ask", "urge", "call", "name", "appoint", "sack",
			"fire", "hire", "elect", "succeed", "follow", "meeting", "including", "like", "than", "became", "become",
			"becomes", "new", "former", "then", "now", "current", "outgoing", "incoming", "longtime", "veteran");

	/** Verbs of saying, for "X said" and "said X". */
	static final Set<String> SAYING = words("said", "says", "told", "added", "explained", "argued", "insisted",
			"warned", "noted", "recalled", "asked", "wrote", "replied", "agreed", "admitted", "claimed", "stated");

	/** Whether {@code word} (lower-case) looks like a nationality adjective: Valdorian, Egyptian, Qatari. */
	static boolean isNationality(String word, boolean capitalized) {
		if (!capitalized || word.length() < 4) {
			return false;
		}
		if (ORGANIZATION_HEADS.contains(word) || TITLE_HEADS.contains(word) || TITLE_MODIFIERS.contains(word)) {
			return false;
		}
		return word.endsWith("ian") || word.endsWith("an") || word.endsWith("ese") || word.endsWith("ish")
				|| word.endsWith("i") && !word.endsWith("ii") || word.endsWith("ean");
	}

}
