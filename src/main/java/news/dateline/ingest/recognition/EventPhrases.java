package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the happenings a story reports as noun phrases, the way an editor would title an
 * event: the phrase around a word for a happening ("the 47th meeting of the
 * Intergovernmental Committee", "political consultations", "an official visit to Laos",
 * "the 30th anniversary of diplomatic relations"), or, from the headline's or the lead's
 * verb and the people it names, "meeting between Ilham Aliyev and Xi Jinping", "reception
 * for Anar Imanov by Tran Dai Quang", "visit by Anwar Ibrahim". The story's main event is
 * the first one its headline or lead names.
 */
final class EventPhrases {

    /** Words that name a happening: the head of an event's title. */
    private static final String HEADS = "meetings?|talks|visits?|summits?|consultations?|conference|forum|session|"
            + "ceremony|reception|anniversary|interview|dialogue|declaration|partnership|accord|agreement|deal|"
            + "credentials|credence|order|medal|grand prix|crash|chairmanship|chairship|handover|opening|launch|"
            + "celebration|festival|exhibition|games|election|retreat|congress|plenum|courtesy call|phone call|"
            + "press conference|signing|inauguration|groundbreaking|service|trip|tour|exercises?|championship|"
            + "tournament|cop\\d+|shortage|warning|plan|programme|program|forum|fair|expo|mission|"
            + "collision|earthquake|flood|fire|explosion|attack|strike|protest|rally|parade|funeral|"
            + "talks|negotiations|round table|roundtable|workshop|seminar|symposium|briefing|hearing|vote|referendum|"
            + "commemoration|handover ceremony|groundbreaking ceremony|drills?|manoeuvres|maneuvers|rescue|evacuation";

    /**
     * A head, but "service" of a body that serves ("the Kremlin press service", "the
     * civil service", "the customs service"), and no head before a noun that makes it a
     * place or a thing ("the conference hall", "the ASAN service model", "an exhibition
     * centre").
     */
    private static final Pattern HEAD = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + HEADS
            + ")(?<!(?:press|news|civil|secret|security|customs|emergency|border|migration|tax|postal|health|public|"
            + "diplomatic) service)(?![\\p{L}-])(?!\\s+(?:halls?|rooms?|centres?|centers?|venues?|models?|sectors?|"
            + "providers?|grounds?|complex|facilities|facility)(?![\\p{L}-]))");

    /** Words that may stand in front of a head inside an event's title. */
    private static final Set<String> MODIFIERS = Set.of("official", "state", "working", "political", "annual",
            "high-level", "ministerial-level", "joint", "bilateral", "expanded", "courtesy", "inaugural", "first",
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "new", "regular",
            "extraordinary", "special", "historic", "strategic", "comprehensive", "defense", "defence", "policy",
            "press", "peace", "friendship", "passenger", "cross-border", "climate", "trade", "business", "investment",
            "founding", "diplomatic", "signing", "opening", "closing", "restricted", "plenary", "online", "virtual",
            "telephone", "phone", "general", "the", "a", "an", "its", "their", "his", "her", "water", "cooperation",
            "memorial", "commemorative", "international", "regional", "national", "summit-level", "leaders'", "foreign",
            "ministers'", "ministerial", "and", "collective", "quantified", "intergovernmental", "commission",
            "committee", "council", "cabinet", "party", "government", "parliamentary", "military", "naval", "air",
            "consular", "rail", "railway", "train", "flight", "plane", "border", "security", "economic", "energy",
            "health", "education", "cultural", "youth", "women's", "anniversary", "award", "ground-breaking",
            "farewell", "welcome", "working-level", "vice-ministerial", "deputy-ministerial", "two-day", "three-day",
            "one-day", "four-day", "five-day", "fourth-round", "round", "biennial");

    private static final Pattern ORDINAL = Pattern
        .compile("(?i)\\d+(?:st|nd|rd|th)|[\\p{Lu}][\\p{L}\\p{N}'’.-]*|\\$?\\d[\\d.,]*");

    /**
     * Words that open a noun phrase: going left from its head, a title goes no further
     * ("signed on Tuesday <b>an</b> agreement").
     */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "its", "their", "his", "her");

    /** Days and months: a date next to a head is never part of its name. */
    private static final Pattern DAY_OR_MONTH = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
            + "january|february|march|april|may|june|july|august|september|october|november|december");

    /**
     * "at a meeting", "during the visit": the right side names the happening the head
     * took place at, which is an event of its own ("signed the deal at a meeting in
     * Seoul": the meeting, not a "deal at a meeting").
     */
    private static final Pattern WITHIN_ANOTHER = Pattern
        .compile("(?i)\\s+(?:at|during)\\s+(?:the|a|an|their|his|her)\\s+" + "(?:[\\p{L}'’-]+\\s+){0,3}?(?:" + HEADS
                + ")(?![\\p{L}-])");

    /** Words that may follow "of", "between", "to", ... inside an event's title. */
    /** A word before a head and the one space after it: the gap to step over. */
    private static final Pattern ONE_WORD_AND_SPACE = Pattern.compile("\\S+\\s");

    /** Words with a capital that stand before a head but never in its name. */
    private static final Set<String> NEVER_A_MODIFIER = Set.of("he", "she", "they", "it", "we", "i", "on", "in", "at",
            "during", "after", "before", "since", "last", "this", "that", "both");

    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");

    /** A capital and its full stop inside a name: the "R." of "Ferdinand R. Marcos". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");

    /** What closes a name with its full stop: "Jr.", "Sr.". */
    private static final Pattern SUFFIX = Pattern.compile("(?:Jr|Sr)\\.,?");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Courtesies and ranks written with a full stop before a name: "H.E.", "Mr.", "Assoc.
     * Prof. Dr.", "Lt. Gen.".
     */
    private static final Pattern COURTESY_ABBREVIATION = Pattern
        .compile("(?:H\\.E|Mr|Mrs|Ms|Dr|Prof|Assoc|Lt|Gen|Maj|Col|Brig|Adm|Capt|Rev)\\.");

    /** {@link #COURTESY_ABBREVIATION} with the space after it, before a capital. */
    private static final Pattern COURTESY_BEFORE_NAME = Pattern
        .compile("(?<![\\p{L}.])" + COURTESY_ABBREVIATION.pattern() + "\\s+(?=\\p{Lu})");

    /**
     * What a phrase loses, in this order: what comes before "and the" ("A and the B
     * meeting"), a weekday or a date at its end, an article at its start, and "between"
     * with one side of a pair ("talks between Prime Minister A" cut before "and his
     * counterpart B").
     */
    private static final List<Pattern> CUTS = List.of(Pattern.compile("^(?:\\S+\\s+)+?and\\s+(?:the|a|an)\\s+"),
            Pattern.compile("\\s+on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$"),
            Pattern.compile(
                    "\\s+(?:on|in)\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?(?:\\s+\\d{1,2})?$"),
            Pattern.compile("^(?i:the|a|an|its|their|his|her)\\s+"),
            Pattern.compile("\\s+between\\s+(?=\\p{Lu})(?!.*\\band\\b).*$"));

    private static final Pattern RIGHT = Pattern.compile("(?i)^\\s+(?:of|between|to|on|for|with|in|at|from|by)\\s+");

    private static final Set<String> JOINERS = Set.of("the", "and", "of", "for", "on", "&", "between", "a", "an");

    private static final int MAX_RIGHT_WORDS = 9;

    /**
     * How many words of a name the right side reads past {@link #MAX_RIGHT_WORDS}, so
     * that a name is not cut ("Visit of President of the Socialist Republic of Vietnam
     * Truong Tan Sang").
     */
    private static final int MAX_NAME_OVERRUN = 3;

    /** A word of a title; "Việt Nam–Laos" joins its names with an en dash. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}$][\\p{L}\\p{N}'’.,$–-]*");

    /** The nouns a headline's verb is made into ("Crash of ...", "Signing of ..."). */
    private static final Pattern NOMINAL_NOUN = Pattern.compile("(?i)(?<![\\p{L}-])(?:crash|arrival|departure|"
            + "resignation|death|collapse|signing|adoption|opening|launch|assumption|presentation|inauguration|"
            + "celebration|approval|ratification|election|appointment|handover|laying)(?![\\p{L}-])");

    private EventPhrases() {
    }

    /**
     * Whether a title holds a word for a happening ("meeting", "visit", "crash", ...).
     */
    static boolean namesAHappening(String title) {
        return title != null && (HEAD.matcher(title).find() || NOMINAL_NOUN.matcher(title).find());
    }

    /** The happenings a text names by a head word, as noun phrases, in order. */
    static List<String> phrases(String text) {
        List<String> found = new ArrayList<>();
        for (int[] head : heads(text)) {
            if (isVerb(text, head[0], head[1])) {
                continue;
            }
            String phrase = phraseAround(text, head[0], head[1]);
            if (phrase != null && found.stream().noneMatch(p -> p.equalsIgnoreCase(phrase))) {
                found.add(phrase);
            }
        }
        return found;
    }

    /**
     * Where {@link #HEAD} matches, start and end, as {@link Matcher#find()} gives them
     * one after the other, but tried only where a word begins that a head begins with
     * ({@link #HEAD_FIRST_WORDS}): the heads are a long list, and a text has few of them.
     */
    static List<int[]> heads(String text) {
        List<int[]> heads = new ArrayList<>();
        Matcher head = HEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int at = 0; at < length; at++) {
            if (!TextFolder.isAsciiLetter(text.charAt(at)) || at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            int end = at;
            while (end < length && Character.isLetter(text.charAt(end)) && end - at <= LONGEST_HEAD_WORD) {
                end++;
            }
            if (end - at > LONGEST_HEAD_WORD
                    || !HEAD_FIRST_WORDS.contains(text.substring(at, end).toLowerCase(Locale.ROOT))) {
                continue;
            }
            head.region(at, length);
            if (head.lookingAt()) {
                heads.add(new int[] { head.start(), head.end() });
                at = head.end() - 1;
            }
        }
        return heads;
    }

    /** What {@link #heads} must give (a test compares them). */
    static List<int[]> headsEverywhere(String text) {
        List<int[]> heads = new ArrayList<>();
        Matcher head = HEAD.matcher(text);
        while (head.find()) {
            heads.add(new int[] { head.start(), head.end() });
        }
        return heads;
    }

    /**
     * The first word of every head of {@link #HEADS} in lower case, a plural "s?" as both
     * forms, "cop\\d+" as "cop": a head can begin only where one of them stands as a
     * whole run of letters (a head is followed by a space, a digit or no letter).
     */
    private static final Set<String> HEAD_FIRST_WORDS = headFirstWords();

    private static final int LONGEST_HEAD_WORD = HEAD_FIRST_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    private static Set<String> headFirstWords() {
        Set<String> words = new HashSet<>();
        for (String head : HEADS.split("\\|")) {
            String first = head.split(" ")[0];
            if (first.endsWith("s?")) {
                words.add(first.substring(0, first.length() - 2));
                words.add(first.substring(0, first.length() - 1));
            }
            else if (first.endsWith("\\d+")) {
                words.add(first.substring(0, first.length() - 3));
            }
            else if (first.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                words.add(first);
            }
            else {
                throw new IllegalStateException("a head the word look-up cannot read: " + head);
            }
        }
        return Set.copyOf(words);
    }

    private static String phraseAround(String text, int headStart, int headEnd) {
        int start = headStart;
        int modifiers = 0;
        while (true) {
            int wordStart = previousWordStart(text, start);
            if (wordStart < 0) {
                break;
            }
            String gap = text.substring(wordStart, start);
            String word = gap.strip();
            if (!gap.endsWith(" ")
                    || gap.indexOf(' ') != gap.length() - 1 && !ONE_WORD_AND_SPACE.matcher(gap).matches()) {
                break;
            }
            String folded = word.toLowerCase(Locale.ROOT);
            boolean modifier = !isHeadlineVerb(folded) && MODIFIERS.contains(folded)
                    || ORDINAL.matcher(word).matches() && !isHeadlineVerb(folded) && !NEVER_A_MODIFIER.contains(folded)
                            && !DAY_OR_MONTH.matcher(folded).matches() && !Character.isLowerCase(word.charAt(0));
            if (!modifier || word.endsWith(",") || modifiers >= 7) {
                break;
            }
            start = wordStart;
            modifiers++;
            if (OPENERS.contains(folded)) {
                break;
            }
        }
        int end = headEnd;
        Matcher right = RIGHT.matcher(text).region(end, text.length());
        if (right.lookingAt() && !WITHIN_ANOTHER.matcher(text).region(end, text.length()).lookingAt()) {
            int at = right.end();
            int lastGood = -1;
            int beforeAdjectives = -1;
            boolean adjectiveLast = false;
            Matcher token = TOKEN.matcher(text);
            int words = 0;
            boolean capitalLast = false;
            // where the title stood before its last "on" or "for", and whether that word
            // was the one before this
            int beforeTopic = -1;
            boolean afterTopicWord = false;
            while ((words < MAX_RIGHT_WORDS || capitalLast && words < MAX_RIGHT_WORDS + MAX_NAME_OVERRUN)
                    && token.find(at) && token.start() == at) {
                if (COURTESY_ABBREVIATION.matcher(token.group()).matches() && token.end() < text.length()
                        && text.charAt(token.end()) == ' ') {
                    // "the visit of H.E. Mr. Thongloun Sisoulith": a courtesy's full
                    // stop ends no sentence, and the title leaves it out
                    at = token.end();
                    while (at < text.length() && text.charAt(at) == ' ') {
                        at++;
                    }
                    continue;
                }
                String word = TRAILING_STOPS.matcher(token.group()).replaceFirst("");
                boolean topicStart = afterTopicWord;
                afterTopicWord = word.equals("on") || word.equals("for");
                if (afterTopicWord) {
                    beforeTopic = lastGood;
                }
                if (MIDDLE_INITIAL.matcher(token.group()).matches() && token.end() + 1 < text.length()
                        && text.charAt(token.end()) == ' ' && Character.isUpperCase(text.charAt(token.end() + 1))) {
                    // "President Ferdinand R. Marcos Jr.": an initial's full stop ends no
                    // sentence
                    lastGood = token.end();
                    words++;
                    at = token.end() + 1;
                    capitalLast = true;
                    continue;
                }
                boolean capital = Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))
                        || word.startsWith("$");
                if (words >= MAX_RIGHT_WORDS && !capital) {
                    break;
                }
                capitalLast = capital;
                if (isHeadlineVerb(word.toLowerCase(Locale.ROOT)) || !capital
                        && !JOINERS.contains(word.toLowerCase(Locale.ROOT))
                        && !MODIFIERS.contains(word.toLowerCase(Locale.ROOT)) && !HEAD.matcher(word).matches()) {
                    if (adjectiveLast && !isHeadlineVerb(word.toLowerCase(Locale.ROOT))) {
                        lastGood = beforeAdjectives; // "in the Laotian capital": the
                                                     // capital is not named
                    }
                    break;
                }
                if (capital || HEAD.matcher(word).matches()) {
                    boolean adjective = capital && ADJECTIVE.matcher(word).matches();
                    if (adjective && !adjectiveLast) {
                        beforeAdjectives = lastGood;
                    }
                    adjectiveLast = adjective;
                    lastGood = token.start() + word.length();
                }
                words++;
                if (!token.group().equals(word) && token.group().endsWith(",") && topicStart && beforeTopic > 0
                        && token.end() + 1 < text.length() && text.charAt(token.end()) == ' '
                        && Character.isUpperCase(text.charAt(token.end() + 1))) {
                    // "the Intergovernmental Committee on Economic, Trade, Scientific and
                    // Technical Cooperation": the title ends before its list of topics
                    lastGood = beforeTopic;
                    break;
                }
                if (SUFFIX.matcher(token.group()).matches()) {
                    lastGood = token.start() + 3; // "Marcos Jr." keeps its full stop
                }
                if (!token.group().equals(word) || at >= text.length()) {
                    break;
                }
                at = token.end();
                while (at < text.length() && text.charAt(at) == ' ') {
                    at++;
                }
            }
            if (lastGood > 0) {
                end = lastGood;
            }
            end = Math.max(end, headEnd);
        }
        String phrase = text.substring(start, end).strip();
        if (phrase.indexOf('.') >= 0) {
            phrase = COURTESY_BEFORE_NAME.matcher(phrase).replaceAll("");
        }
        for (Pattern cut : CUTS) {
            phrase = cut.matcher(phrase).replaceFirst("");
        }
        int words = SPACES.split(phrase).length;
        if (phrase.length() < 4 || phrase.length() > 90 || words < 2 && !Character.isUpperCase(phrase.charAt(0))) {
            return words == 1 && phrase.length() >= 5 && isStrongHead(phrase) ? capitalised(phrase) : null;
        }
        return EventTitles.isNounPhrase(capitalised(phrase)) ? capitalised(phrase) : null;
    }

    /**
     * A capitalised word of the right side that reads as an adjective, a demonym or a
     * number, which a noun in lower case follows ("the Laotian capital", "Vietnam's
     * industry", "58 measures").
     */
    private static final Pattern ADJECTIVE = Pattern
        .compile("(?:\\p{Lu}\\p{L}*(?:ian|ese|ish|ani|ean|ic|east|west|['’]s)|Lao|Thai|Khmer|Swiss|Kazakh|Uzbek|"
                + "Tajik|Kyrgyz|Turkmen|Afghan|Dutch|French|Greek|Czech|Slovak|Iraqi|Israeli|Saudi|Yemeni|Omani|"
                + "Kuwaiti|Qatari|Emirati|Bahraini|Nepali|Bangladeshi|Somali|Filipino|Philippine|American|African|"
                + "Mexican|Moroccan|Cuban|Kenyan|\\d[\\d.,]*)");

    /** Verbs that headlines capitalise and that never belong to an event's name. */
    private static final Set<String> HEADLINE_VERBS = Set.of("makes", "make", "presents", "co-chair", "co-chairs",
            "holds", "hold", "pays", "pay", "says", "urges", "calls", "hosts", "receives", "meets", "visits", "signs",
            "attends", "begins", "starts", "opens", "ends", "joins", "wins", "takes", "gets", "gives", "sees", "sets",
            "launches", "marks", "celebrates", "welcomes", "discusses", "agree", "agrees", "adopt", "adopts", "recalls",
            "thanks", "asks", "warns", "eyes", "seeks", "vows", "pledges", "backs", "supports", "lays", "arrives",
            "leaves", "hails", "praises", "reaffirms", "affirms", "underlines", "stresses", "highlights", "ahead",
            "amid", "after");

    private static boolean isHeadlineVerb(String folded) {
        return HEADLINE_VERBS.contains(folded);
    }

    private static final Set<String> STRONG_HEADS = Set.of("talks", "consultations", "summit", "interview",
            "credentials", "visit", "meeting");

    private static boolean isStrongHead(String word) {
        return STRONG_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Heads that are verbs too: "to visit", "will tour". */
    private static final Set<String> VERB_HEADS = Set.of("visit", "visits", "tour", "tours");

    /**
     * Words after which such a head is a verb: "she hopes to visit Central Asia next
     * year", "he will visit Laos" name no visit held.
     */
    private static final Set<String> BEFORE_A_VERB = Set.of("to", "will", "would", "may", "might", "can", "could",
            "shall", "should", "must", "also", "he", "she", "they", "we", "i", "who", "then", "later");

    private static boolean isVerb(String text, int headStart, int headEnd) {
        if (!VERB_HEADS.contains(text.substring(headStart, headEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int wordStart = previousWordStart(text, headStart);
        return wordStart >= 0
                && BEFORE_A_VERB.contains(text.substring(wordStart, headStart).strip().toLowerCase(Locale.ROOT));
    }

    private static int previousWordStart(String text, int from) {
        int i = from - 1;
        if (i < 0 || text.charAt(i) != ' ') {
            return -1;
        }
        i--;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i + 1 < from - 1 ? i + 1 : -1;
    }

    private static String capitalised(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /**
     * What hits a place: "Strong earthquake hits northern Laos", "Typhoon Yagi lashes
     * Hanoi".
     */
    private static final Pattern DISASTER = Pattern.compile("(?i)\\b(?:earthquakes?|quakes?|floods?|flooding|storms?|"
            + "typhoons?|cyclones?|hurricanes?|tropical depression|fires?|wildfires?|landslides?|drought|heat ?waves?|"
            + "tsunamis?|blasts?|explosions?|tremors?|snowstorms?|downpours?|rains?)\\b");

    /**
     * A headline's verb and the noun of its happening: "crashes" makes a crash of the
     * subject ("Crash of Azerbaijan Airlines passenger plane near Aktau"), "signs" a
     * signing of the object ("Signing of Joint Declaration on ..."). Data: verb forms,
     * noun, and whether the happening is named after the subject, the object, or (for
     * "hits") where the subject, a disaster, struck.
     */
    private record Nominal(String noun, String shape) {

        boolean ofSubject() {
            return shape.equals("subject");
        }
    }

    private static final java.util.Map<String, Nominal> NOMINALS = nominals();

    private static java.util.Map<String, Nominal> nominals() {
        java.util.Map<String, Nominal> map = new java.util.HashMap<>();
        String[][] rows = { { "crash", "crashes crashed crash", "subject" },
                { "arrival", "arrives arrived arrive", "subject" }, { "departure", "leaves left departs", "subject" },
                { "resignation", "resigns resigned", "subject" }, { "death", "dies died", "subject" },
                { "collapse", "collapses collapsed", "subject" }, { "signing", "signs signed sign", "object" },
                { "adoption", "adopts adopted adopt", "object" }, { "opening", "opens opened", "object" },
                { "launch", "launches launched launch", "object" },
                { "assumption", "assumes assumed assume", "object" },
                { "presentation", "presents presented", "object" },
                { "inauguration", "inaugurates inaugurated", "object" },
                { "celebration", "celebrates celebrated celebrate", "object" },
                { "approval", "approves approved approve", "object" },
                { "ratification", "ratifies ratified", "object" }, { "election", "elects elected", "object" },
                { "appointment", "appoints appointed", "object" }, { "handover", "hands handed", "object" },
                { "warning", "warns warned", "object" }, { "laying", "lay lays laid", "object" },
                { "meeting", "meets met", "with" }, { "anniversary", "marks marked mark", "years" },
                { "", "hits hit strikes struck lashes lashed batters battered", "place" } };
        for (String[] row : rows) {
            for (String form : row[1].split(" ")) {
                map.put(form, new Nominal(row[0], row[2]));
            }
        }
        return java.util.Map.copyOf(map);
    }

    /**
     * A phrase of time or place before the subject, set off by a comma: "In October last
     * year, the two presidents met".
     */
    private static final Pattern FRONTED = Pattern
        .compile("^(?:In|On|At|During|Last|This|Earlier|Later|Since|After|Before)\\b[^,]*,\\s*");

    /** A subject that opens with an article, written small inside a title. */
    private static final Pattern ARTICLE = Pattern.compile("(?i)(the|an?)\\s+\\S");

    /** What follows a verb that names no one met: "met in Kazan", "met on Tuesday". */
    private static final Pattern PLACE_OR_TIME = Pattern
        .compile("(?i)^(?:in|at|on|near|for|to|from|after|over|during|here|there)\\b.*");

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    /**
     * The day or time a headline's verb is dated by ("on Tuesday", "on 8 December", "in
     * October 2024", "last year"), left out of a title: the event's date says it.
     */
    private static final Pattern WHEN = Pattern.compile("(?i)\\s+(?:(?:on|last|next|this)\\s+(?:Monday|Tuesday|"
            + "Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|on\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\s+" + MONTHS + "|" + MONTHS
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?)(?:,?\\s+\\d{4})?"
            + "|in\\s+(?:(?:early|mid|late)[-\\s]+)?(?:" + MONTHS + "(?:\\s+\\d{4})?|\\d{4})"
            + "|(?:last|this|next)\\s+(?:year|month|week))\\b");

    /** Where a headline's object ends: the words that start a new thought. */
    private static final Pattern OBJECT_END = Pattern.compile(
            "(?i)\\s+(?:after|as|amid|despite|while|with|to mark|in (?:a|his|her|their|its) |in diplomatic)\\b.*$");

    /**
     * The happening a headline's verb names, as a noun phrase, or null when its verb is
     * not in the table: "Azerbaijan Airlines passenger plane crashes near Aktau" → "Crash
     * of Azerbaijan Airlines passenger plane near Aktau".
     */
    /**
     * The title without the day or time it names ("State visit to Hungary on May 7-8" →
     * "State visit to Hungary"): the event's date says it; null when nothing else is
     * left.
     */
    static String withoutDate(String title) {
        if (title == null) {
            return null;
        }
        String left = WHEN.matcher(" " + title).replaceAll("").strip();
        return left.isEmpty() ? null : left;
    }

    static String fromHeadlineVerb(String headline) {
        String text = headline.strip().replaceFirst("[.!?]$", "");
        if (text.matches(".*[;:!?].*")) {
            return null;
        }
        Matcher word = Pattern.compile("(?<=\\s)\\p{L}+(?=\\s)").matcher(text);
        while (word.find()) {
            Nominal nominal = NOMINALS.get(word.group().toLowerCase(Locale.ROOT));
            boolean capital = Character.isUpperCase(word.group().codePointAt(0));
            if (nominal == null || word.group().equals(word.group().toUpperCase(Locale.ROOT))
                    || capital && !isTitleCase(text)) {
                continue;
            }
            String subject = FRONTED.matcher(text.substring(0, word.start())).replaceFirst("").strip();
            String after = text.substring(word.end());
            if (nominal.shape().equals("with")) {
                after = after.replaceFirst("^\\s+with\\b", ""); // "met with"
            }
            int comma = after.indexOf(',');
            while (comma >= 0 && after.substring(0, comma).strip().split("\\s+").length < 2) {
                comma = after.indexOf(',', comma + 1); // "meets Lao, Cambodian
                                                       // ministers": a list, not a clause
            }
            String rest = OBJECT_END.matcher(comma < 0 ? after : after.substring(0, comma)).replaceFirst("");
            rest = WHEN.matcher(rest).replaceAll("").strip();
            Matcher article = ARTICLE.matcher(subject);
            if (article.lookingAt()) {
                subject = article.group(1).toLowerCase(Locale.ROOT) + subject.substring(article.end(1));
            }
            else if (subject.isEmpty() || !Character.isUpperCase(subject.codePointAt(0))) {
                return null;
            }
            boolean with = nominal.shape().equals("with");
            if (rest.isEmpty() && !with) {
                return null;
            }
            if (nominal.shape().equals("place")) {
                // "Strong earthquake hits northern Laos": the subject is the happening,
                // the object where it struck
                if (!DISASTER.matcher(subject).find() || !Character.isUpperCase(subject.codePointAt(0))) {
                    return null;
                }
                String title = subject + " in " + rest;
                return title.length() <= 90 && EventTitles.isNounPhrase(title) ? title : null;
            }
            String noun = capitalised(nominal.noun());
            String title;
            if (with && (rest.isEmpty() || PLACE_OR_TIME.matcher(rest).matches())) {
                title = (noun + " of " + subject + " " + rest).strip(); // "The ministers
                                                                        // met in
                                                                        // Vientiane": no
                                                                        // one
                                                                        // else met
            }
            else if (nominal.shape().equals("years")) {
                Matcher years = YEARS.matcher(rest);
                if (!years.lookingAt()) {
                    continue;
                }
                title = ordinal(years.group(1)) + " anniversary of "
                        + (years.group(2) != null ? years.group(2) : subject);
            }
            else if (nominal.shape().equals("with")) {
                title = noun + " of " + subject + " with " + rest;
            }
            else if (nominal.ofSubject() || rest.matches("(?i)^(?:in|at|on|near|for|to|from|after|over)\\s.*")) {
                title = noun + " of " + subject + " " + rest;
            }
            else if (rest.matches("(?i)^(?:of|about|against)\\s.*")) {
                title = noun + " " + rest + " by " + subject;
            }
            else {
                title = noun + " of " + rest + (subject.length() <= 40 ? " by " + subject : "");
            }
            return title.length() <= 90 && EventTitles.isNounPhrase(title) ? title : null;
        }
        return null;
    }

    /**
     * A headline in Title Case ("Vientiane Warns of Water Shortages"), whose verbs are
     * capitalised.
     */
    private static boolean isTitleCase(String text) {
        String[] words = text.split("\\s+");
        long longWords = java.util.Arrays.stream(words).filter(w -> w.length() > 3).count();
        long capitalised = java.util.Arrays.stream(words)
            .filter(w -> w.length() > 3 && Character.isUpperCase(w.codePointAt(0)))
            .count();
        return longWords > 0 && capitalised >= 0.8 * longWords;
    }

    /** "first year", "30 years of ties", "one year": what a "marks" headline counts. */
    private static final Pattern YEARS = Pattern
        .compile("(?i)(first|one|two|three|four|five|ten|\\d{1,3})(?:st|nd|rd|th)?\\s+years?(?:\\s+of\\s+(.+))?$");

    private static String ordinal(String count) {
        String word = count.toLowerCase(Locale.ROOT);
        return switch (word) {
            case "first", "one" -> "First";
            case "two" -> "Second";
            case "three" -> "Third";
            case "four" -> "Fourth";
            case "five" -> "Fifth";
            case "ten" -> "Tenth";
            default -> {
                int n = Integer.parseInt(word);
                String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
                yield n + suffix;
            }
        };
    }

    private static final Pattern BARE_MEETING = Pattern
        .compile("^(?<head>(?i:meeting|meetings|talks))(?<place>\\s+(?:in|at)\\s+\\p{Lu}.*)?$");

    /** Words that say who attended a happening, in folded text. */
    private static final Pattern ATTENDANCE = Pattern
        .compile("\\b(?:attended by|also attended|attending the|in attendance|(?:was|were|also) present|joined by)\\b");

    /**
     * A bare "Meeting in Hanoi" or "Talks" of a sentence that names two people: "Meeting
     * between A and B in Hanoi", "Talks between A and B"; other phrases as they are, and
     * a bare meeting as it is when the people are only who attended it.
     */
    static String withParticipants(String phrase, String sentence, List<String> people) {
        Matcher bare = BARE_MEETING.matcher(phrase);
        if (!bare.matches()) {
            return phrase;
        }
        String folded = TextFolder.fold(sentence);
        java.util.Map<String, Integer> at = namedInOrder(folded, people);
        List<String> named = List.copyOf(at.keySet());
        if (named.size() < 2) {
            return phrase;
        }
        Matcher attendance = ATTENDANCE.matcher(folded);
        if (attendance.find() && attendance.start() < at.get(named.get(0))) {
            // "The meeting was also attended by A and B": who else was there, not
            // between whom it was (but "co-chaired by A and B, with officials in
            // attendance")
            return phrase;
        }
        String head = bare.group("head").equalsIgnoreCase("talks") ? "Talks" : "Meeting";
        String title = head + " between " + named.get(0) + " and " + named.get(1)
                + (bare.group("place") == null ? "" : bare.group("place"));
        return title.length() <= 90 ? title : phrase;
    }

    /**
     * A phrase as an event's title: without the date it gives ({@link #withoutDate}) and
     * without the offices of the people it names ({@link #withoutOffices}); null when
     * nothing is left.
     */
    static String asTitle(String phrase, List<String> people) {
        return withoutOffices(withoutDate(phrase), people);
    }

    /**
     * The title without the offices it gives the people it names: "Visit by Parviz
     * Shahbazov" for "Visit by Azerbaijani Energy Minister Parviz Shahbazov", "Talks
     * between A and B" for "Talks between A and Azerbaijani Deputy Prime Minister B". An
     * office is a run of role words right before a name of the story's people (with the
     * demonym or country before it), after a word in lower case ("by", "and"); the
     * offices are the people's, not the happening's.
     */
    static String withoutOffices(String title, List<String> people) {
        if (title == null) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(title.split(" ")));
        for (String person : people) {
            List<String> name = List.of(TextFolder.fold(person).split(" "));
            for (int at = 2; at + name.size() <= words.size(); at++) {
                if (!isNameAt(words, at, name)) {
                    continue;
                }
                int start = at;
                while (start > 1 && isCapitalisedWord(words.get(start - 1))
                        && Lexicon.isRoleWord(TextFolder.fold(words.get(start - 1)))) {
                    start--;
                }
                if (start < at && start > 1 && isCapitalisedWord(words.get(start - 1))
                        && !isCapitalisedWord(words.get(start - 2))) {
                    start--; // "Azerbaijani", "Vietnam's"
                }
                boolean secondOffice = start >= 2 && words.get(start - 1).equals("and")
                        && Lexicon.isRoleWord(TextFolder.fold(words.get(start - 2)));
                if (start < at && !isCapitalisedWord(words.get(start - 1)) && !secondOffice) {
                    // not the second office of one person: "General Secretary and
                    // President Thongloun Sisoulith"
                    words.subList(start, at).clear();
                }
                break;
            }
        }
        return String.join(" ", words);
    }

    private static boolean isNameAt(List<String> words, int at, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!TextFolder.fold(words.get(at + k)).replaceAll("[^\\p{L}\\p{N}-]", "").equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalisedWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Verbs of a headline or lead and the happening they make of two people. */
    private static final Pattern MEETS = Pattern
        .compile("(?i)\\b(?:meets|met|meet|meeting with|holds talks|held talks|hold talks|"
                + "talks with|speaks with|spoke with|discusses|discussed)\\b");

    private static final Pattern RECEIVES = Pattern
        .compile("(?i)\\b(?:receives|received|receive|receiving|hosts|hosted|welcomes|welcomed|welcoming)\\b");

    /** A person's name right after a verb: two to four capitalised words. */
    private static final Pattern PROPER_NAME = Pattern
        .compile("\\s+(\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){1,3})(?=[,.;]|\\s+(?:in|at|on|who)\\b)");

    private static final Pattern VISITS = Pattern
        .compile("(?i)\\b(?:visits|visited|arrives|arrived|pays|paid|begins|began|starts|started)\\b");

    /** The people the sentence (folded) names, in the order it names them, with where. */
    private static java.util.LinkedHashMap<String, Integer> namedInOrder(String folded, List<String> people) {
        java.util.LinkedHashMap<String, Integer> named = new java.util.LinkedHashMap<>();
        people.stream()
            .map(name -> java.util.Map.entry(name, whereNamed(folded, name, people)))
            .filter(entry -> entry.getValue() >= 0)
            .sorted(java.util.Map.Entry.comparingByValue())
            .forEach(entry -> named.put(entry.getKey(), entry.getValue()));
        return named;
    }

    /**
     * Where the sentence (folded) names a person: by the whole name, else by its last
     * word alone when no other person's name ends with it ("Macron will meet ..."); -1
     * when it does not.
     */
    private static int whereNamed(String folded, String name, List<String> people) {
        String whole = TextFolder.fold(name);
        int where = folded.indexOf(whole);
        if (where >= 0) {
            return where;
        }
        String[] parts = whole.split("\\s+");
        String last = parts[parts.length - 1];
        if (parts.length < 2 || last.length() < 3
                || people.stream()
                    .filter(other -> !other.equals(name))
                    .anyMatch(other -> TextFolder.fold(other).endsWith(" " + last))) {
            return -1;
        }
        for (int at = folded.indexOf(last); at >= 0; at = folded.indexOf(last, at + 1)) {
            int end = at + last.length();
            if ((at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether the one person a sentence names only says what it reports ("Vietnam is in
     * talks with Azerbaijan, Deputy Prime Minister Bui Thanh Son said"): not whom anyone
     * met.
     */
    private static boolean isSpeaker(String folded, String person) {
        String[] name = TextFolder.fold(person).split(" ");
        return Pattern.compile("\\b" + Pattern.quote(name[name.length - 1]) + SAYS).matcher(folded).find();
    }

    /**
     * Whether a name at {@code name} is what the verb ending at {@code verbEnd} acts on:
     * "received visiting Lao Deputy Prime Minister A", "hosted a banquet in honour of A";
     * not a person named later in another part of the sentence ("welcomed Timor-Leste as
     * the 11th member, at a ceremony attended by A"): no comma, semicolon or word of
     * {@link #NOT_THE_VERBS_OBJECT} between them, and at most 24 words (a delegation led
     * by an office of many words).
     */
    private static boolean isObjectOfVerb(String folded, int verbEnd, int name) {
        String between = folded.substring(verbEnd, name);
        if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) {
            return false;
        }
        String[] words = between.strip().split("\\s+");
        return words.length <= 24 && java.util.Arrays.stream(words).noneMatch(NOT_THE_VERBS_OBJECT::contains);
    }

    /** Words that start another part of a sentence between a verb and a name, folded. */
    private static final Set<String> NOT_THE_VERBS_OBJECT = Set.of("as", "at", "attended", "during", "when", "while",
            "where", "which", "who", "after", "before", "but", "alongside", "with", "from");

    /** A verb of saying right after a name, in folded text. */
    private static final String SAYS = ",?\\s+(?:said|says|told|stated|announced|noted|added)\\b";

    /**
     * The happening a sentence's verb makes of the people it names, first named first:
     * "meeting between A and B", "reception for B by A", "visit by A"; null when the verb
     * or the people are missing.
     */
    static String fromVerb(String sentence, List<String> people) {
        String folded = TextFolder.fold(sentence);
        java.util.Map<String, Integer> at = namedInOrder(folded, people);
        List<String> named = List.copyOf(at.keySet());
        if (named.isEmpty()) {
            Matcher receives = RECEIVES.matcher(sentence);
            Matcher guest = receives.find() ? PROPER_NAME.matcher(sentence.substring(receives.end())) : null;
            return guest != null && guest.lookingAt() ? "Reception for " + guest.group(1) : null;
        }
        Matcher meets = MEETS.matcher(sentence);
        if (meets.find()) {
            return named.size() >= 2 ? "Meeting between " + named.get(0) + " and " + named.get(1)
                    : isSpeaker(folded, named.get(0)) ? null : "Meeting with " + named.get(0);
        }
        Matcher receives = RECEIVES.matcher(folded);
        if (receives.find()) {
            int verb = receives.start();
            String host = named.stream().filter(n -> at.get(n) < verb).reduce((a, b) -> b).orElse(null);
            int verbEnd = receives.end();
            String guest = named.stream()
                .filter(n -> at.get(n) > verb && isObjectOfVerb(folded, verbEnd, at.get(n)))
                .findFirst()
                .orElseGet(() -> {
                    Matcher after = RECEIVES.matcher(sentence);
                    Matcher name = after.find() ? PROPER_NAME.matcher(sentence.substring(after.end())) : null;
                    return name != null && name.lookingAt() ? name.group(1) : null;
                });
            if (guest != null) {
                return "Reception for " + guest + (host == null ? "" : " by " + host);
            }
            // someone named after the verb, but not what it acts on ("received the gavel
            // from A"): no reception of anyone
            boolean namedAfter = named.stream().anyMatch(n -> at.get(n) > verb);
            return host == null || namedAfter ? null : "Reception by " + host;
        }
        Matcher visits = VISITS.matcher(sentence);
        if (visits.find()) {
            return "Visit by " + named.get(0);
        }
        return null;
    }

}
