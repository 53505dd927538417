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
			"electrician", "mechanic", "inspector", "player", "warden", "ranger", "midwife", "paramedic", "firefighter",
			"journalist", "reporter", "photographer", "author", "novelist", "poet", "artist", "singer", "musician",
			"actor", "actress", "director-general", "member", "fellow", "volunteer", "student", "biologist",
			"chemist", "physicist", "geologist", "oceanographer", "lecturer", "veteran", "planner", "broker",
			// abbreviated offices and ranks ("Gov.", "Rep.", "Lt. Gen."), and more offices and trades
			"tem", "assemblyman", "assemblywoman", "assemblymember", "congressman", "congresswoman", "councilman",
			"councilwoman", "legislator", "lawmaker", "delegate", "marshal", "brigadier", "commissar", "solicitor",
			"barrister", "counsel", "partner", "associate", "co-founder", "cofounder", "producer", "filmmaker",
			"guitarist", "bassist", "drummer", "pianist", "violinist", "keyboardist", "vocalist", "rapper", "composer",
			"songwriter", "critic", "columnist", "commentator", "presenter", "host", "anchor", "scrum-half", "fly-half",
			"lock", "prop", "flanker", "centre", "wing", "hooker", "full-back", "fullback", "substitute", "seed",
			"microbiologist", "epidemiologist", "virologist", "astronomer", "ecologist", "entomologist", "psychologist",
			"sociologist", "anthropologist", "archaeologist", "mathematician", "statistician", "meteorologist",
			"climatologist", "headteacher", "headmaster", "headmistress", "principal", "fellow", "strategist",
			"accountant", "auditor", "banker", "trader", "investor", "entrepreneur", "diplomat", "aide", "adviser",
			"governor", "vice-chair", "vice-chairman", "chairwoman", "president-director", "manager", "waiter",
			"waitress", "driver", "nurse", "kaiwhakahaere", "captain", "administrator", "negotiator", "agent",
			"commander-in-chief", "analyst", "spokesperson", "sheriff", "coroner", "magistrate", "recorder");

	/**
	 * Honorifics: before a name they show it is a person, but they are neither the name nor a role
	 * ("Dr. Nicole Webster", "Sheikh Khalid ...", "Prince Abdulaziz ...").
	 */
	static final Set<String> HONORIFICS = words("dr", "prof", "professor", "sheikh", "sheikha", "prince", "princess",
			"sir", "dame", "mr", "mrs", "ms", "mx", "miss", "lord", "lady", "rev", "reverend", "hon", "emir", "sayyid",
			"haji", "hajji", "mullah", "ayatollah", "imam", "rabbi", "father", "pastor", "mister", "madam", "dato",
			"datuk", "tan", "sri");

	/** Abbreviated offices and ranks, titles only with their full stop ("Sen." but not "Amrita Sen"). */
	static final Set<String> ABBREVIATED_TITLES = words("gov", "rep", "sen", "gen", "col", "maj", "capt", "sgt", "cpl",
			"adm", "cmdr", "atty", "supt", "insp", "det", "amb", "lt");

	/** Words after a name that are part of it: "Robert T. Ashby Jr.", "John Doe III". */
	static final Set<String> NAME_SUFFIXES = words("jr", "sr", "ii", "iii", "iv");

	/**
	 * Nouns that, right before a capitalized name, say what kind of organization it is: "the
	 * sportswear company Halvoro", "the Lebanese broadcaster Al-Mayadeen", "state news agency Ukrinform".
	 */
	static final Set<String> ORGANIZATION_NOUNS = words("company", "firm", "group", "agency", "broadcaster",
			"newspaper", "paper", "daily", "weekly", "magazine", "journal", "band", "airline", "carrier", "carmaker",
			"automaker", "bank", "lender", "insurer", "drugmaker", "chipmaker", "retailer", "label", "union", "party",
			"club", "charity", "start-up", "startup", "consultancy", "brand", "platform", "network", "supplier",
			"operator", "developer", "maker", "producer", "manufacturer", "conglomerate", "outlet", "website", "app",
			"studio", "studios", "streamer", "publisher", "broker", "fund", "investor", "organisation", "organization",
			"movement", "militia", "faction", "association", "federation", "watchdog", "regulator", "team", "side",
			"university", "institute", "foundation", "nonprofit", "non-profit", "think-tank", "tank", "exchange",
			"service", "services", "channel", "station", "tabloid", "wire", "clearinghouse", "house", "chain",
			"miner", "shipper", "shipbuilder", "utility", "telecoms", "giant", "rival", "subsidiary", "unit",
			"supermarket", "grocer", "bloc", "coalition", "alliance", "council", "committee", "body", "court",
			"tribunal", "office", "ministry", "department", "board", "authority");

	/** Groups of people that speak as one at the start of a sentence ("Police said"), not brands. */
	static final Set<String> COLLECTIVES = words("police", "staff", "management", "everyone", "nobody", "someone",
			"anyone", "security", "labour", "labor", "medics", "paramedics", "firefighters", "opposition", "government",
			"military", "prosecution", "defence", "defense", "family", "management", "leadership", "organisers",
			"organizers", "people", "public", "youth", "clergy", "media", "press", "congress", "parliament", "senate");

	/** Capitalized words that end something that is not an organization: indexes, events, works. */
	static final Set<String> NOT_ORGANIZATION_TAILS = words("index", "average", "composite", "open", "cup", "games",
			"festival", "awards", "award", "prize", "medal", "trophy", "championships", "olympics", "summit", "talks",
			"war", "day", "week", "act", "bill", "law", "treaty", "accord", "agreement", "plan", "report", "street",
			"road", "avenue", "square", "park", "stadium", "arena", "airport", "prison", "bridge", "station",
			"crossing", "river", "sea", "ocean", "gulf", "bay", "lake", "island", "islands", "coast", "mountains",
			"valley", "desert", "canal", "strait", "peninsula", "region", "province", "county", "district", "state",
			"city", "domes", "hall", "tower", "palace", "cathedral", "church", "mosque", "temple", "hills", "heights",
			"terminals", "terminal", "quay");

	/**
	 * Fields that name a state body written in lower case: "the interior ministry", "the parks
	 * department", "the state assembly".
	 */
	static final Set<String> BODY_FIELDS = words("interior", "foreign", "finance", "defence", "defense", "justice",
			"health", "education", "energy", "oil", "economy", "trade", "transport", "agriculture", "environment",
			"labour", "labor", "culture", "tourism", "housing", "communications", "information", "industry", "fisheries",
			"parks", "police", "fire", "water", "planning", "treasury", "state", "immigration", "customs",
			"intelligence", "security", "religious", "sports", "youth", "social", "welfare", "mining", "petroleum",
			"digital", "science", "research", "public", "works", "highways", "roads");

	/** The lower-case heads of such bodies. */
	static final Set<String> BODY_HEADS = words("ministry", "department", "assembly", "legislature");

	/**
	 * News agencies, broadcasters and platforms that copy names without any organization word:
	 * "told Reuters", "according to Interfax", "a post on TikTok".
	 */
	static final Set<String> MEDIA = words("reuters", "afp", "ap", "bloomberg", "tass", "interfax", "ria", "xinhua",
			"kyodo", "jiji", "yonhap", "anadolu", "ansa", "dpa", "efe", "pti", "wam", "qna", "spa", "irna", "isna", "fars",
			"tasnim", "mena", "bernama", "antara", "ukrinform", "belta", "sana", "kuna", "aljazeera", "bbc",
			"cnn", "cnbc", "nbc", "abc", "cbs", "fox", "npr", "pbs", "itv", "rte", "rai", "zdf", "ard", "nhk", "cctv",
			"dw", "euronews", "eurosport", "espn", "politico", "axios", "facebook", "instagram", "tiktok", "youtube",
			"telegram", "whatsapp", "twitter", "linkedin", "reddit", "snapchat", "wechat", "weibo", "threads", "bluesky",
			"netflix", "spotify", "variety");

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
			"investment", "development", "logistics", "shadow",
			"lt", "presiding", "air", "rear", "vice", "attorney", "district", "circuit", "federal", "county", "town",
			"works", "board", "council", "assembly", "senate", "house", "festival", "cabinet", "co", "founding",
			"first", "solicitor", "surgeon", "sergeant", "staff", "chief", "flight", "wing",
			"squadron", "brigade", "crown", "majority", "minority", "whip", "deputy", "under-21", "under-19",
			"under-23", "head", "defensive", "attacking", "central", "left", "right", "world", "olympic", "tournament",
			"race", "project", "music", "film", "art", "arts", "fashion", "creative", "artistic", "editorial",
			"commercial", "financial", "operating", "technology", "information", "science", "data", "human", "rights",
			"mission", "currency", "market", "fund", "portfolio", "equity", "credit", "commodity", "oil", "gas",
			"mining", "aviation", "planetary", "marine", "political", "legal", "business", "economics", "health",
			"environment", "environmental", "climate", "democratic", "republican", "conservative", "liberal", "labour",
			"green", "socialist");

	/** Nationality adjectives that do not end like one: "Dutch", "French", "Swiss", "Thai". */
	static final Set<String> NATIONALITIES = words("dutch", "french", "swiss", "thai", "greek", "czech", "british",
			"irish", "welsh", "scottish", "scots", "danish", "swedish", "finnish", "polish", "turkish", "spanish",
			"english", "flemish", "basque", "kurdish", "lao", "maori", "inuit", "saudi", "emirati", "qatari", "iraqi",
			"israeli", "kuwaiti", "omani", "yemeni", "pakistani", "bangladeshi", "nepali", "afghan", "filipino",
			"vietnamese", "chinese", "japanese", "taiwanese", "lebanese", "sudanese", "senegalese", "congolese",
			"portuguese", "maltese", "american", "western", "eastern", "european", "arab", "gulf", "palestinian",
			"german", "russian", "ukrainian", "belgian", "egyptian", "libyan", "norwegian", "hungarian", "iranian",
			"indonesian", "italian", "australian", "canadian", "mexican", "brazilian", "nigerian", "ghanaian",
			"kenyan", "ethiopian", "indian", "korean", "malaysian", "syrian", "jordanian", "moroccan", "algerian",
			"tunisian", "kazakh", "uzbek", "azerbaijani", "armenian", "georgian", "estonian", "latvian", "lithuanian",
			"romanian", "bulgarian", "serbian", "croatian", "slovak", "slovenian", "austrian", "african", "asian",
			"texan", "californian", "new", "zealander", "scot", "african-american", "latino", "hispanic", "nordic");

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
			"securities", "racing", "town", "nation", "nations", "chamber", "ambulance", "campaign", "collective", "cycling", "sporting",
			"orchestra", "theatre", "theater", "museum", "library", "gallery", "ensemble", "choir", "brewery",
			"dairies", "farms", "fisheries", "technologies", "systems", "solutions", "electric", "steel", "cement",
			"construction", "developments", "properties", "estates", "ventures", "investments", "advisers", "airport",
			"rail", "transit", "ferries", "bus", "buses", "therapeutics", "robotics", "management", "records",
			"shipbuilding", "wealth", "markets", "motor", "administration", "international", "system", "biennale",
			"fed", "brigades", "reserve", "commission", "conference", "programme", "program", "organisation",
			"medicines", "biotech", "biosciences", "pharma", "semiconductor", "semiconductors", "microsystems",
			"aerospace", "defence", "automotive", "petroleum", "oil", "gas", "chemicals", "textiles", "entertainment",
			"pictures", "films", "music", "publishing", "books", "broadcasting", "radio", "television", "tv",
			"communications", "mobile", "wireless", "networks", "software", "labs", "lab", "analytics", "aspects",
			"advisory", "consulting", "associates", "llp", "llc", "gmbh", "ag", "sa", "nv", "bv", "spa", "ab", "asa",
			"oyj", "kk", "bhd", "pte", "pty", "limited", "incorporated", "co", "bancshares", "hospitals", "clinic",
			"school", "schools", "seminary", "conservatory", "fame", "centers");

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
			"jr", "sr", "ph", "md", "phd", "kc", "qc", "obe", "mbe", "cbe", "ba", "ma", "mba", "bsc", "msc", "vip", "sms", "gps", "ipo", "ceos", "a",
			"i", "rip", "ps", "vs", "etc", "asap", "fyi", "tba", "tbc", "no");

	/** Verbs that may stand right before a title and a name ("met Harbour Commissioner Tove Lind"). */
	static final Set<String> COMMON_VERBS = words("met", "saw", "told", "led", "beat", "hit", "won", "lost", "put",
			"let", "set", "cut", "got", "sent", "paid", "made", "took", "gave", "found", "meet", "see", "tell", "lead",
			"thank", "praise", "blame", "join", "replace", "visit", "ask", "urge", "call", "name", "appoint", "sack",
			"fire", "hire", "elect", "succeed", "follow", "meeting", "including", "like", "than", "became", "become",
			"becomes", "new", "former", "then", "now", "current", "outgoing", "incoming", "longtime", "veteran");

	/** Verbs that follow a company as the subject of a sentence: "Broadcom gained 6 percent", "Mubi picked up". */
	static final Set<String> ORGANIZATION_VERBS = words("gained", "dropped", "jumped", "slid", "climbed", "tumbled",
			"slumped", "surged", "soared", "plunged", "sank", "rallied", "bought", "acquired", "picked", "raised",
			"reported", "posted", "launched", "unveiled", "released", "shipped", "hired", "laid", "filed", "sued",
			"invested", "lowered", "lifted", "trimmed", "slashed", "issued", "recalled", "listed", "merged");

	/** Verbs whose object is a company: "bought Casetext". */
	static final Set<String> BUYING = words("bought", "acquired", "acquire", "buy", "buying", "acquiring", "sold",
			"sell", "selling", "purchased");

	/** Capitalized names that are neither people nor organizations here ("Congress", "the Senate" are not annotated). */
	static final Set<String> NOT_ORGANIZATIONS = words("congress", "senate", "parliament", "government", "cabinet",
			"god", "allah", "internet", "web", "earth", "moon", "sun", "mars", "covid", "brexit", "democrats", "republicans",
			"conservatives", "tories", "liberals", "socialists", "greens", "nationalists", "independents", "loyalists");

	/** Verbs of saying, for "X said" and "said X". */
	static final Set<String> SAYING = words("said", "says", "told", "added", "explained", "argued", "insisted",
			"warned", "noted", "recalled", "asked", "wrote", "replied", "agreed", "admitted", "claimed", "stated",
			"say", "tells", "adds", "announced", "confirmed", "denied", "urged", "called", "praised", "accused",
			"criticised", "criticized", "welcomed", "suggested", "acknowledged", "conceded", "predicted", "estimated",
			"declined", "refused", "cautioned", "stressed", "emphasised", "emphasized", "described", "testified",
			"pleaded", "thanked", "joked", "shouted", "tweeted", "posted", "commented", "responded", "countered");

	/** Verbs that follow a person as the subject of a sentence: "Varkova won", "Greaves pleaded". */
	static final Set<String> PERSON_VERBS = words("said", "says", "told", "added", "won", "lost", "scored", "died",
			"was", "is", "has", "had", "will", "would", "could", "should", "may", "might", "did", "does", "wrote",
			"spoke", "met", "arrived", "left", "joined", "became", "served", "fell", "rose", "returned", "thanked",
			"announced", "resigned", "called", "urged", "warned", "pleaded", "testified", "denied", "admitted",
			"showed", "started", "founded", "studied", "moved", "worked", "ran", "led", "beat", "played", "signed",
			"replaces", "replaced", "faces", "faced", "congratulated", "praised", "presented", "accused", "insisted",
			"believes", "thinks", "knew", "went", "came", "made", "took", "gave", "kept", "sat", "stood", "put",
			"turned", "headed", "heads", "chairs", "runs", "leads", "owns", "lives", "lived", "grew", "married");

	private static Set<String> resource(String name) {
		try (java.io.InputStream in = Lexicon.class.getResourceAsStream("/suggest/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + name);
			}
			Set<String> words = new java.util.HashSet<>();
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				if (line.startsWith("#")) {
					continue;
				}
				if (name.startsWith("places")) {
					if (!line.isBlank()) {
						words.add(org.dateline.subject.SubjectNames.normalize(line));
					}
				}
				else {
					for (String w : line.strip().split("\\s+")) {
						if (!w.isEmpty()) {
							words.add(w);
						}
					}
				}
			}
			return Set.copyOf(words);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Given names (lower case, accents folded): one piece of evidence that a span is a person. */
	static final Set<String> GIVEN_NAMES = resource("given-names.txt");

	/** Countries, capitals, large cities, states and regions, normalized: never a new person or organization. */
	static final Set<String> PLACES = resource("places.txt");

	/** The countries of the place list (the lines before its first comment after the heading): national sides in sport copy. */
	static final Set<String> COUNTRIES = countries();

	private static Set<String> countries() {
		try (java.io.InputStream in = Lexicon.class.getResourceAsStream("/suggest/places.txt")) {
			Set<String> words = new java.util.HashSet<>();
			boolean started = false;
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				if (line.startsWith("#")) {
					if (started) {
						break;
					}
					continue;
				}
				started = true;
				if (!line.isBlank()) {
					words.add(org.dateline.subject.SubjectNames.normalize(line));
				}
			}
			return Set.copyOf(words);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Whether {@code word} (lower-case) looks like a nationality adjective: Valdorian, Egyptian, Qatari. */
	static boolean isNationality(String word, boolean capitalized) {
		if (!capitalized) {
			return false;
		}
		if (NATIONALITIES.contains(word)) {
			return true;
		}
		if (word.length() < 4) {
			return false;
		}
		if (ORGANIZATION_HEADS.contains(word) || TITLE_HEADS.contains(word) || TITLE_MODIFIERS.contains(word)) {
			return false;
		}
		return word.endsWith("ian") || word.endsWith("an") || word.endsWith("ese") || word.endsWith("ish")
				|| word.endsWith("i") && !word.endsWith("ii") || word.endsWith("ean");
	}

}
