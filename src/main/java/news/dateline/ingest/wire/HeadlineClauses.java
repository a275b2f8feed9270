package news.dateline.ingest.wire;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a lead's first sentence into a headline the way an editor would, keeping a
 * complete clause: subject, verb and object stay, the rest goes, one step at a time until
 * the sentence fits.
 * <ol>
 * <li>a trailing attribution (", Trend reports via ...", ", the ministry said");</li>
 * <li>a leading time or circumstance ("On May 7, ", "Speaking at the forum, ");</li>
 * <li>a trailing clause after a comma: ", as ...", ", to discuss ...", ", saying
 * ...";</li>
 * <li>appositions and participle phrases between commas (", President of the Republic of
 * Azerbaijan,", ", led by ...,") and at the end after a name (", General Secretary of
 * ...");</li>
 * <li>relative clauses ("that has lasted for more than half a century");</li>
 * <li>parentheses; a trailing date or "in"-place;</li>
 * <li>last, when that makes the sentence fit, the titles before people's names ("Armenian
 * Foreign Minister Ararat Mirzoyan").</li>
 * </ol>
 * Nothing is ever cut inside a word, and nothing ends in "…".
 */
final class HeadlineClauses {

    /** A shortened headline this short says too little. */
    private static final int MIN_LENGTH = 20;

    private static final Pattern ATTRIBUTION = Pattern.compile(
            ",\\s+(?:(?:according to|as reported by|citing)\\s+[^,]{2,80}|[^,]{2,60}?\\s+(?:reports|reported|informs|said|says|stated|announced|noted)(?:\\s+(?:via|citing|quoting|on|in)\\s+[^,]{2,60})?)\\.?$");

    private static final Pattern LEADING_CIRCUMSTANCE = Pattern.compile("^(?:On|In|At|During|Last|Earlier|Later|Today|"
            + "Yesterday|This|Since|Following|After|Before|Speaking|Addressing|Talking|Meeting|Receiving|Amid|Within|"
            + "Under|As part of|On the occasion of|On the sidelines of)\\b[^,]{0,80},\\s+(?=[\\p{L}\"“])");

    private static final Pattern TRAILING_CLAUSE = Pattern.compile(",\\s+(?:as|while|which|where|when|whereas|saying|"
            + "adding|noting|stressing|emphasising|emphasizing|highlighting|underlining|amid|following|after|before|"
            + "because|since|though|although|but|thus|thereby|with|in a move|in order to|to|so as to|aiming|"
            + "marking|bringing|making)\\b");

    private static final Pattern TRAILING_INFINITIVE = Pattern
        .compile("\\s+(?:in order |so as )?to\\s+(?:discuss|review|explore|promote|boost|strengthen|enhance|deepen|"
                + "expand|seek|mark|celebrate|attend|sign|exchange|further|foster|advance|implement|consider|study|"
                + "learn|share|support|help|ensure|develop|build|improve|address|find)\\b.*$");

    /** Words an apposition or a participle phrase between commas starts with. */
    private static final Pattern APPOSITION_START = Pattern.compile(
            "^(?:the|a|an|who|whose|which|led|headed|accompanied|chaired|co-chaired|joined|flanked|hosted|"
                    + "organised|organized|held|attended|represented|former|then|now|also|currently|both|each|"
                    + "president|vice|deputy|prime|minister|chairman|chairwoman|chairperson|chair|general|secretary|"
                    + "head|director|ambassador|envoy|member|governor|mayor|speaker|spokesman|spokeswoman|spokesperson|"
                    + "chief|permanent|standing|politburo|party|state|foreign|acting|senior|commander)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RELATIVE = Pattern.compile("\\s+(?:that|which|who|whose)\\s+[^,;]+");

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");

    private static final Pattern TRAILING_DATE_OR_PLACE = Pattern.compile("\\s+(?:on|in|from|at|during)\\s+(?:"
            + "(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+)?" + DateReader.MONTH_NAME
            + "(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?(?:,?\\s+\\d{4})?|\\d{4}|(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}|the\\s+\\p{Ll}+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\.?$");

    /**
     * When, said inside the sentence before a word in lower case: "Prime Minister X <b>on
     * Tuesday</b> received ...", "the ministers <b>on 8 December</b> signed ...".
     */
    private static final Pattern INNER_TIME = Pattern
        .compile("\\s+(?:on\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|" + "Friday|Saturday|Sunday)|(?:\\d{1,2}\\s+)?"
                + DateReader.MONTH_NAME + "(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?)"
                + "|yesterday|today|this\\s+(?:week|morning|afternoon|evening))(?=,?\\s+\\p{Ll})");

    /**
     * A title before a name of two words or more, with the demonym that may open it:
     * "Armenian Foreign Minister Ararat Mirzoyan", "Vietnamese Deputy Foreign Minister Do
     * Hung Viet". A title with a complement ("Minister of Defence X") is left: where the
     * complement ends and the name starts is not certain.
     */
    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile("(?<![\\p{L}'’-])"
            + "(?:(?:\\p{Lu}\\p{Ll}+(?:an|ese|ish|ian|ani|i|ic)|Lao|Thai|Khmer|Kazakh|Uzbek|Tajik|Kyrgyz|Turkmen|French|"
            + "Dutch|Swiss|Czech|Greek)\\s+)?(?:(?:Deputy|Vice|First|Acting|Prime|Foreign|Defence|Defense|Finance|Trade|"
            + "Interior|Economy|Senior|Chief|Permanent|State|Executive|Parliamentary|Party|General)\\s+)*"
            + "(?:Minister|President|Ambassador|Secretary|Chairman|Chairwoman|Chairperson|Speaker|Governor|Mayor|Envoy|"
            + "Premier|Chancellor|Leader)\\s+(?=\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu})");

    /** Verbs of saying: "said that ..." keeps its "that". */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "noted", "stated", "stressed",
            "affirmed", "announced", "reported", "believes", "believed", "agreed", "emphasised", "emphasized",
            "highlighted", "underlined", "added", "confirmed", "expressed", "hoped", "hopes", "stressing", "so", "such",
            "now", "given", "ensure", "ensuring", "showed", "shows", "revealed", "explained", "indicated", "pointed");

    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "and", "or", "in", "on", "at",
            "for", "with", "by", "from", "that", "as", "its", "his", "her", "their", "our", "is", "was", "are", "were",
            "be", "has", "have", "had", "which", "who");

    private static final List<UnaryOperator<String>> STEPS = List.of(HeadlineClauses::dropAttribution,
            HeadlineClauses::dropLeadingCircumstance, HeadlineClauses::dropTrailingClause,
            HeadlineClauses::dropTrailingInfinitive, HeadlineClauses::dropAppositions,
            HeadlineClauses::dropRelativeClauses, HeadlineClauses::dropParentheses,
            HeadlineClauses::dropTrailingDateOrPlace, HeadlineClauses::dropTrailingDateOrPlace,
            HeadlineClauses::dropInnerTime);

    private HeadlineClauses() {
    }

    /**
     * The sentence shortened to at most {@code max} characters, or null when it cannot
     * be.
     */
    static String shorten(String sentence, int max) {
        String text = reduce(sentence, max);
        return text.length() <= max && isClause(text) ? text : null;
    }

    /**
     * The sentence shortened step by step until it fits in {@code max} characters, or as
     * short as the steps make it.
     */
    static String reduce(String sentence, int max) {
        String text = Texts.normalizeSpace(sentence).replaceFirst("[.;:,]$", "");
        for (UnaryOperator<String> step : STEPS) {
            if (text.length() <= max) {
                return text;
            }
            String shorter = tidy(step.apply(text));
            if (isClause(shorter)) {
                text = shorter;
            }
        }
        String untitled = tidy(dropTitlesBeforeNames(text));
        // only when that makes it fit: a sentence cut at its length keeps its titles
        return text.length() > max && untitled.length() <= max && isClause(untitled) ? untitled : text;
    }

    private static String dropAttribution(String text) {
        return ATTRIBUTION.matcher(text).replaceFirst("");
    }

    private static String dropLeadingCircumstance(String text) {
        Matcher m = LEADING_CIRCUMSTANCE.matcher(text);
        if (!m.lookingAt()) {
            return text;
        }
        String rest = text.substring(m.end());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String dropTrailingClause(String text) {
        Matcher m = TRAILING_CLAUSE.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            if (before.length() >= MIN_LENGTH && balanced(before) && hasVerbAfterSubject(before)) {
                return before;
            }
        }
        return text;
    }

    private static String dropTrailingInfinitive(String text) {
        Matcher m = TRAILING_INFINITIVE.matcher(text);
        if (m.find() && m.start() >= MIN_LENGTH) {
            return text.substring(0, m.start());
        }
        return text;
    }

    /**
     * ", President of the Republic of Azerbaijan," and ", led by ...," between commas; ",
     * General Secretary of ..." after a name at the end.
     */
    private static String dropAppositions(String text) {
        String result = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            int open = result.indexOf(", ");
            while (open >= 0) {
                int close = result.indexOf(", ", open + 2);
                String inner = close < 0 ? result.substring(open + 2) : result.substring(open + 2, close);
                boolean appositive = APPOSITION_START.matcher(inner).lookingAt() && balanced(inner)
                        && !inner.matches("(?i)^(?:the|a|an) \\p{Ll}+$");
                if (appositive && close >= 0 && !isListItem(result, open)) {
                    result = result.substring(0, open) + result.substring(close + 1);
                    changed = true;
                    break;
                }
                if (appositive && close < 0 && endsWithName(result.substring(0, open))) {
                    result = result.substring(0, open);
                    changed = true;
                    break;
                }
                open = close;
            }
        }
        return result;
    }

    /** "political, economic, and humanitarian": a list, not an apposition. */
    private static boolean isListItem(String text, int comma) {
        String before = text.substring(0, comma);
        int space = before.lastIndexOf(' ');
        String word = before.substring(space + 1);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !word.endsWith(")");
    }

    private static boolean endsWithName(String text) {
        String[] words = text.split(" ");
        return words.length >= 2 && Character.isUpperCase(words[words.length - 1].codePointAt(0))
                && Character.isUpperCase(words[words.length - 2].codePointAt(0));
    }

    private static String dropRelativeClauses(String text) {
        Matcher m = RELATIVE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String before = text.substring(0, m.start());
            String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (SAYING.contains(previous) || previous.endsWith(",") || before.length() < MIN_LENGTH) {
                continue;
            }
            out.append(text, last, m.start());
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static String dropParentheses(String text) {
        return PARENTHESES.matcher(text).replaceAll("");
    }

    private static String dropTrailingDateOrPlace(String text) {
        Matcher m = TRAILING_DATE_OR_PLACE.matcher(text);
        return m.find() && m.start() >= MIN_LENGTH ? text.substring(0, m.start()) : text;
    }

    /**
     * The titles before people's names, when naming them is enough: "Armenian Foreign
     * Minister Ararat Mirzoyan and Vietnamese Deputy Foreign Minister Do Hung Viet held
     * ..." is "Ararat Mirzoyan and Do Hung Viet held ...".
     */
    private static String dropTitlesBeforeNames(String text) {
        String result = TITLE_BEFORE_NAME.matcher(text).replaceAll("");
        return result.isEmpty() ? text : Character.toUpperCase(result.charAt(0)) + result.substring(1);
    }

    private static String dropInnerTime(String text) {
        return INNER_TIME.matcher(text).replaceFirst("");
    }

    private static String tidy(String text) {
        String result = Texts.normalizeSpace(text).replaceAll(" ([,.;:])", "$1").replaceFirst("[\\s,;:—–-]+$", "");
        String[] words = result.split(" ");
        int keep = words.length;
        while (keep > 1 && DANGLING.contains(words[keep - 1].toLowerCase(Locale.ROOT))) {
            keep--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, keep)).replaceFirst("[\\s,;:—–-]+$", "");
    }

    /** Enough words, brackets closed, not ending on a word that needs another. */
    private static boolean isClause(String text) {
        return text.length() >= MIN_LENGTH && text.split(" ").length >= 3 && balanced(text);
    }

    /**
     * A rough test that a clause has a verb: some lower-case word after its first word (a
     * subject alone, "President Ilham Aliyev of Azerbaijan", has none).
     */
    private static boolean hasVerbAfterSubject(String text) {
        String[] words = text.split(" ");
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))
                    && !Set.of("of", "the", "and", "de", "da", "van", "von", "bin").contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean balanced(String text) {
        return text.chars().filter(c -> c == '(').count() == text.chars().filter(c -> c == ')').count();
    }

}
