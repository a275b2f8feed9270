package news.dateline.ingest.recognition;

import java.util.List;
import java.util.Set;

/** The words news copy uses around names, folded (lower case, no accents). */
final class Lexicon {

    private Lexicon() {
    }

    /** Words put before a name by courtesy: "Mr Maithong", "Madam Xuân". */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "madam", "madame", "mme", "dr", "prof",
            "professor", "sir", "dame", "comrade", "excellency", "datuk", "dato", "datin", "seri", "haji", "gen",
            "lieut", "lt", "maj", "col", "brig", "adm", "admiral", "colonel", "lieutenant", "brigadier", "sergeant",
            "captain", "capt", "marshal", "majesty", "highness", "rev", "venerable",
            // Cambodian: "Samdech Moha Borvor Thipadei Hun Manet",
            // "Samdech Techo Hun Sen"
            "samdech", "techo", "moha", "borvor", "thipadei");

    /**
     * The word between a father's name and the surname in a Turkic patronymic name,
     * folded (Azerbaijani "oğlu", "qızı"; Kazakh, Kyrgyz, Uzbek and Turkmen forms):
     * "Shovgi Kamal <b>oglu</b> Mehdizade", "Sahiba Ali <b>gizi</b> Gafarova".
     */
    static final Set<String> PATRONYMIC_MARKERS = Set.of("oglu", "ogly", "ogli", "ugli", "uulu", "uly", "qizi", "gizi",
            "kizi", "kyzy", "qyzy", "qizy");

    /**
     * The head words of a role: "Deputy Prime <b>Minister</b>", "<b>Secretary</b>
     * General".
     */
    static final Set<String> ROLE_HEADS = Set.of("president", "presidents", "minister", "ministers", "secretary",
            "chairman", "chairwoman", "chairperson", "chair", "speaker", "ambassador", "governor", "mayor", "premier",
            "chancellor", "king", "queen", "prince", "princess", "director", "envoy", "consul", "spokesperson",
            "spokesman", "spokeswoman", "commander", "chief", "leader", "senator", "emir", "sultan", "sheikh", "pope",
            "patriarch", "counsellor", "counselor", "general", "vice-president", "representative", "member", "adviser",
            "advisor", "emperor", "empress",
            // sport: "Coach Kim Sang-sik", "striker Nguyen Xuan Son"
            "coach", "striker", "goalkeeper", "midfielder", "winger",
            // as headlines and leads shorten them: "Azerbaijani FM Jeyhun Bayramov",
            // "Lao PM Sonexay Siphandone", "Deputy PM"
            "fm", "pm");

    /**
     * Professions a name is introduced by after a comma, where no office is: "Sean
     * O'Brien, an <b>analyst</b> at the Lowy Institute".
     */
    static final Set<String> PROFESSIONS = Set.of("analyst", "professor", "researcher", "economist", "scholar",
            "lecturer", "fellow", "expert", "historian", "strategist", "journalist", "correspondent", "editor",
            "lawyer", "scientist", "specialist", "diplomat", "lawmaker", "legislator", "consultant", "commentator",
            "columnist");

    /**
     * Words that qualify a role head: "<b>Deputy Prime</b> Minister", "<b>National
     * Assembly Vice</b> President".
     */
    static final Set<String> ROLE_MODIFIERS = Set.of("deputy", "vice", "prime", "foreign", "acting", "first", "state",
            "party", "permanent", "senior", "executive", "managing", "special", "presidential", "national", "assembly",
            "defence", "defense", "finance", "trade", "economy", "education", "health", "interior", "justice",
            "culture", "agriculture", "energy", "industry", "commerce", "home", "general", "assistant", "associate",
            "lieutenant", "major", "supreme", "grand", "crown", "secretary", "chief", "former", "outgoing", "incoming",
            "mother", "interim");

    /**
     * Words in lower case joining a given name to a father's in Arabic and Malay names:
     * "Mohammed <b>bin</b> Salman", "Siti Hasmah <b>binti</b> Mohamad Ali".
     */
    static final Set<String> NAME_JOINERS = Set.of("bin", "binti", "bint", "ibn");

    /**
     * Particles in lower case inside European and Latin American names: "Ursula <b>von
     * der</b> Leyen", "Luiz Inácio Lula <b>da</b> Silva", "Dick <b>van</b> Dijk".
     */
    static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "dos", "das", "di", "du",
            "del", "della", "ter", "ten", "zu");

    /**
     * Words in lower case after a hyphen that end a compound, not a name: "a
     * Tokayev-<b>led</b> delegation", "a Hanoi-<b>based</b> envoy".
     */
    static final Set<String> COMPOUND_ENDS = Set.of("led", "based", "born", "owned", "run", "style", "era", "backed",
            "linked", "made", "like", "type", "held", "level", "wide", "bound", "free", "old", "year", "day", "week",
            "long", "term", "time", "class", "scale", "party", "state");

    /**
     * The Arabic article in lower case, joined by a hyphen to the part of a name after
     * it: "Ahmed <b>al</b>-Sharaa", "Abdel Fattah <b>el</b>-Sisi".
     */
    static final Set<String> NAME_ARTICLES = Set.of("al", "el");

    /**
     * Role heads of a monarch's family, after which one name is a name: "Queen Mother
     * Sirikit", "King Vajiralongkorn", "Princess Sirindhorn".
     */
    static final Set<String> ROYAL_HEADS = Set.of("king", "queen", "prince", "princess", "sultan", "emir", "emperor",
            "empress");

    /**
     * Portfolios that may follow "Minister of": "Minister of <b>Foreign Affairs</b>",
     * "Secretary of <b>State</b>".
     */
    static final Set<String> PORTFOLIO_WORDS = Set.of("ecology", "emergency", "situations", "digital", "development",
            "innovation", "communications", "posts", "telecommunications", "veterans", "invalids", "ethnic", "minority",
            "religious", "water", "mines", "mining", "fisheries", "rural", "urban", "housing", "foreign", "affairs",
            "defence", "defense", "national", "public", "security", "finance", "justice", "health", "education",
            "training", "economy", "energy", "agriculture", "forestry", "culture", "information", "tourism", "industry",
            "trade", "commerce", "planning", "investment", "labour", "labor", "social", "welfare", "home", "interior",
            "transport", "construction", "natural", "resources", "environment", "science", "technology", "sports",
            "youth", "state", "international", "cooperation", "and",
            // more of what governments name their ministries after
            "works", "post", "protection", "population", "petroleum", "oil", "gas", "railways", "railway", "aviation",
            "civil", "power", "renewable", "sanitation", "women", "family", "children", "gender", "equality", "food",
            "livestock", "irrigation", "mineral", "minerals", "maritime", "shipping", "ports", "roads", "highways",
            "infrastructure", "electricity", "hydrocarbons", "textiles", "steel", "coal", "chemicals", "fertilizers",
            "tribal", "media", "arts", "heritage", "sport", "immigration", "citizenship", "migration", "refugees",
            "disaster", "management", "relief", "reconstruction", "reforms", "administrative", "local",
            "entrepreneurship", "enterprises", "cooperatives", "climate", "environmental", "wildlife", "higher",
            "vocational", "research", "space", "nuclear", "statistics", "customs", "revenue", "budget", "treasury",
            "economic", "overseas", "diaspora", "endowments", "legal", "parliamentary", "relations", "martyrs",
            "agrarian", "land", "lands", "coordination", "regional", "integration", "export", "exports", "consumer",
            "competition", "procurement", "property", "intellectual", "communication", "telecom", "broadcasting",
            "external");

    /**
     * Words that end the name of an organisation or a place: a person's name right before
     * one of them is part of that name, not a mention of the person ("the Heydar Aliyev
     * Foundation", "Ho Chi Minh City").
     */
    static final Set<String> NAME_SUFFIXES_OF_PLACES_AND_BODIES = Set.of("foundation", "center", "centre", "institute",
            "airport", "street", "avenue", "road", "boulevard", "university", "prize", "award", "museum", "park",
            "palace", "city", "square", "school", "college", "academy", "library", "stadium", "hall", "bridge",
            "hospital", "mausoleum", "trail", "memorial", "fund", "trust", "cup", "station", "port", "international",
            "thought", "communist", "youth", "house", "district", "province", "complex", "monument", "order", "medal",
            "scholarship", "programme", "program");

    /**
     * Words of {@link #NAME_SUFFIXES_OF_PLACES_AND_BODIES} that are also surnames, which
     * may open a person's name: Korea's Park.
     */
    static final Set<String> SURNAMES_AMONG_PLACE_WORDS = Set.of("park");

    /**
     * Vietnamese surnames written without their accents as small English words: "Tô" and
     * "Đỗ" as "To" and "Do" ("Deputy Minister of Foreign Affairs To Anh Dung"). One opens
     * a name only right after an office, with two more name words.
     */
    static final Set<String> VIETNAMESE_SURNAMES_AMONG_SENTENCE_WORDS = Set.of("to", "do");

    /**
     * Chinese surnames that are small English words: "Vice Premier He Lifeng",
     * "Ambassador He Wei". One opens a name only right after an office, with one more
     * name word.
     */
    static final Set<String> CHINESE_SURNAMES_AMONG_SENTENCE_WORDS = Set.of("he");

    /**
     * What a country's long name is written as before "of": "the <b>Republic</b> of
     * Uzbekistan", "the <b>Kingdom</b> of Thailand", "the <b>State</b> of Qatar"; and
     * after a demonym: "the Kyrgyz <b>Republic</b>".
     */
    static final Set<String> STATE_FORMS = Set.of("republic", "kingdom", "state", "sultanate", "principality");

    /**
     * Words that end what an organisation is "of", before a name: "the Association of
     * Southeast Asian <b>Nations</b>", "the Organisation of Islamic <b>Cooperation</b>",
     * "the Commonwealth of Independent <b>States</b>".
     */
    static final Set<String> BODY_NAME_ENDS = Set.of("nations", "states", "countries", "economies", "peoples",
            "islands", "emirates", "territories", "regions", "cities", "municipalities", "unions", "parties",
            "journalists", "workers", "writers", "artists", "scientists", "sciences", "entrepreneurs", "employers",
            "industrialists", "exporters", "farmers", "lawyers", "engineers", "veterans", "women", "youth", "commerce",
            "industry", "cooperation", "affairs", "development", "security", "culture", "trade", "friendship",
            "solidarity");

    /**
     * Words that make a capitalised run an organisation: "Communist <b>Party</b>",
     * "National <b>Assembly</b>".
     */
    static final Set<String> ORGANISATION_WORDS = Set.of("foundation", "committee", "party", "assembly", "ministry",
            "commission", "council", "bank", "association", "union", "agency", "organisation", "organization",
            "movement", "front", "republic", "government", "office", "court", "department", "institute", "university",
            "academy", "federation", "centre", "center", "company", "corporation", "group", "fund", "forum",
            "secretariat", "senate", "parliament", "congress", "embassy", "college", "school", "army", "police", "news",
            "media", "summit", "conference", "society", "club", "alliance", "community", "cabinet", "presidium",
            "politburo", "administration", "authority", "board", "chamber", "network", "institution", "commonwealth",
            "bureau", "directorate", "inspectorate",
            // parliaments called by their own names: "the Milli Majlis", "the State Great
            // Khural", "the State Duma", "the Lok Sabha", "the Pyidaungsu Hluttaw"
            "majlis", "majilis", "mazhilis", "mejlis", "maslahaty", "kurultai", "khural", "duma", "knesset", "sabha",
            "sangsad", "rada", "sejm", "seimas", "saeima", "riigikogu", "bundestag", "bundesrat", "kenesh", "hluttaw",
            "storting", "riksdag", "folketing", "eduskunta", "althing", "jirga", "oireachtas");

    /**
     * Places named after a country that are not the country: "the <b>South China
     * Sea</b>", "the <b>Indian Ocean</b>", "<b>Latin American</b> envoys", "<b>New
     * Guinea</b>". Their words are taken and name no country.
     */
    static final List<String> PLACES_NAMED_AFTER_COUNTRIES = List.of("Indian Ocean", "South China Sea",
            "East China Sea", "Sea of Japan", "Philippine Sea", "Korean Peninsula", "Gulf of Guinea", "New Guinea",
            "Niger Delta", "Latin America", "Latin American", "Latin Americans", "South America", "South American",
            "South Americans", "North America", "North American", "North Americans", "Central America",
            "Central American", "Central Americans", "Pan-American", "Pan American", "Native American",
            "Native Americans", "African American", "African Americans", "American Indian", "American Indians",
            "West Indies", "West Indian", "West Indians");

    /**
     * Words after a demonym that make it the name of a language: "a
     * <b>Vietnamese</b>-language daily", "the <b>French</b> version of the text".
     */
    static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages", "speaking", "speaker", "speakers",
            "translation", "translations", "version", "versions", "edition", "editions", "subtitles", "interpreter",
            "interpreters", "interpretation", "dubbing", "dubbed", "script", "lessons");

    /**
     * Words before a list of demonyms said alone that make them languages: "bulletins
     * <b>in</b> Lao, English and French", "translated <b>into</b> Azerbaijani", "they
     * <b>speak</b> Vietnamese".
     */
    static final Set<String> LANGUAGE_LEADS = Set.of("in", "into", "from", "speak", "speaks", "spoke", "spoken",
            "speaking", "fluent");

    /**
     * Words for one kind of happening: "talks" and "a meeting" on one day are one
     * happening, and so are "a visit" and "a tour".
     */
    static final List<Set<String>> SAME_HAPPENING = List.of(
            Set.of("talks", "meeting", "meetings", "discussions", "consultations", "negotiations"),
            Set.of("visit", "visits", "trip", "tour"),
            Set.of("drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers"));

    /**
     * Words for a gathering that copy names again in one word ("During the meeting", "the
     * talks", "his credentials"), besides those of {@link #SAME_HAPPENING}.
     */
    static final Set<String> GATHERINGS = Set.of("reception", "ceremony", "credentials", "session", "summit",
            "conference", "event", "gathering", "audience");

    /**
     * Words that open a noun phrase: after a verb, its object ("signed <b>an</b>
     * agreement"); "<b>the</b> Prime Minister and President X" are two people.
     */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "this", "that",
            "these", "those", "our");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** Capitalised words that begin sentences and clauses rather than names. */
    static final Set<String> SENTENCE_WORDS = Set.of("the", "a", "an", "in", "on", "at", "during", "after", "before",
            "both", "this", "that", "these", "those", "as", "and", "but", "with", "for", "from", "last", "next", "his",
            "her", "their", "its", "our", "he", "she", "they", "it", "we", "of", "to", "by", "while", "when", "since",
            "meanwhile", "also", "however", "earlier", "later", "today", "yesterday", "tomorrow", "according",
            "speaking", "addressing", "talking", "all", "many", "some", "other", "another", "each", "every",
            "officials");

    static boolean isRoleWord(String folded) {
        return ROLE_HEADS.contains(folded) || ROLE_MODIFIERS.contains(folded);
    }

    static boolean isTitle(String folded) {
        return HONORIFICS.contains(folded) || ROLE_HEADS.contains(folded);
    }

    /**
     * Words of HTML and script left in copy as text ("<SCRIPT SRC=...>",
     * "<IMG SRC=...>"): never a name's.
     */
    static final Set<String> MARKUP_WORDS = Set.of("script", "src", "img", "href", "iframe", "onerror", "onload",
            "javascript", "svg", "div", "span", "style", "alert");

    /** Words that cannot be part of a person's name. */
    static boolean cannotBeInName(String folded) {
        return MONTHS.contains(folded) || WEEKDAYS.contains(folded) || ORGANISATION_WORDS.contains(folded)
                || NAME_SUFFIXES_OF_PLACES_AND_BODIES.contains(folded) || SENTENCE_WORDS.contains(folded)
                || isRoleWord(folded) || HONORIFICS.contains(folded) || MARKUP_WORDS.contains(folded);
    }

}
