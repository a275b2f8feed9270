package news.dateline.ingest.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a headline line from body text, and builds a headline from the lead when the copy
 * has none: the first sentence when it fits, else that sentence shortened to a complete
 * clause ({@link HeadlineClauses}), else a clause, else the whole words that fit.
 */
final class HeadlineMaker {

    /** The longest headline built from a lead. */
    static final int MAX_LENGTH = 110;

    /** A clause cut shorter than this says too little; a word cut with "…" is better. */
    private static final int MIN_CLAUSE_LENGTH = 50;

    /** The longest line that can still be a headline of the copy's own. */
    private static final int MAX_OWN_HEADLINE = 200;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "capt", "maj", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.n", "e.g", "i.e",
            "u.k", "e.u");

    /** Words a cut headline should not end on. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "and", "or", "in", "on", "at",
            "for", "with", "by", "from", "that", "as", "its", "his", "her", "their", "our", "is", "was", "are", "were",
            "be", "has", "have", "had", "which", "who");

    /**
     * Where a clause may end: ";", ":", a spaced dash, or a comma before a word that
     * opens a new clause.
     */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[;:](?=\\s)|\\s(?:--|[—–-])\\s|,(?=\\s(?:as|while|which|where|when|after|before|because|since|saying|adding"
                    + "|amid|following|though|although|but|yet|so)\\s)");

    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile(".*[.,;:]$");

    private static final Pattern LIST_ITEM = Pattern.compile("^[•·▪◦*-].*");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*(?=\\s+[\\p{Lu}\\p{N}\"“‘(]|$)");

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)[.!?]$");

    /**
     * What wires put before a headline about the copy's handling, not its news: "UPDATE
     * 2-", "BREAKING:", "EXCLUSIVE-", "REFILE-", Yonhap's "(LEAD)" and "(2nd LD)".
     */
    private static final Pattern HANDLING = Pattern.compile("^(?:(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|CORRECTION|"
            + "RPT|REPEAT|ANALYSIS|FACTBOX|EXPLAINER|EXCLUSIVE|BREAKING|URGENT|FLASH|BULLETIN|LIVE|WATCH|VIDEO)"
            + "(?:\\s+\\d{1,2})?|(?i:breaking news|breaking|exclusive))\\s*[-:–—|]\\s*"
            + "|\\((?:LEAD|URGENT|\\d+(?:st|nd|rd|th)\\s+LD)[^()]{0,30}\\)\\s*)+");

    /**
     * An agency credited after a headline, as a page's title puts it: "Vietnam, Laos to
     * boost rail links - AFP", "... | Reuters".
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("\\s+[-–—|]\\s+(?<credit>[^-–—|]{2,40}?)\\s*$");

    /**
     * A note of the copy's handling after a dash at a headline's end, in capitals: "...
     * Foreign Minister - UPDATED", "... - VIDEO". In brackets it stays: Trend's
     * "(UPDATE)" and "(PHOTO)" are part of its titles.
     */
    private static final Pattern TRAILING_HANDLING = Pattern
        .compile("\\s+[-–—|]\\s*(?:UPDATED|UPDATE|VIDEO|PHOTOS?)\\s*$");

    private HeadlineMaker() {
    }

    /**
     * The headline without what it says of the copy's handling ("UPDATE 2-Vietnam, Laos
     * sign deal" is "Vietnam, Laos sign deal") and without an agency credited after it.
     */
    static String withoutHandling(String headline) {
        String rest = TRAILING_HANDLING.matcher(HANDLING.matcher(headline).replaceFirst("")).replaceFirst("");
        Matcher credit = TRAILING_CREDIT.matcher(rest);
        if (credit.find() && (AgencyTable.bySign(credit.group("credit")).isPresent()
                || AgencyTable.byName(credit.group("credit")).isPresent())) {
            rest = rest.substring(0, credit.start());
        }
        return rest.isBlank() ? headline : rest;
    }

    /**
     * A first line that reads like a headline: short, one line, not a sentence with a
     * full stop, not a list item.
     */
    static boolean looksLikeHeadline(String line) {
        String text = Texts.normalizeSpace(line);
        return text.length() >= 2 && text.length() <= MAX_OWN_HEADLINE
                && text.codePoints().anyMatch(Character::isLetter) && !ENDS_LIKE_A_SENTENCE.matcher(text).matches()
                && !LIST_ITEM.matcher(text).matches() && !DateReader.isDateLine(text);
    }

    /**
     * A headline from the lead, never blank for a lead with any text, at most
     * {@link #MAX_LENGTH} characters, never cut inside a word and never ending in "…":
     * the first sentence when it fits; else the sentence made shorter the way an editor
     * would (a leading "On May 7," dropped, appositions such as ", President of ...," and
     * relative clauses taken out, a trailing "as ...", "to discuss ..." or "on December
     * 8-9" clause left off) until it fits; else its first clause; else the words that
     * fit.
     */
    static String fromLead(String lead) {
        String text = Texts.normalizeSpace(lead);
        String sentence = firstSentence(text).replaceFirst("\\.$", "");
        if (sentence.length() <= MAX_LENGTH && hasWords(sentence)) {
            return sentence;
        }
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        String shortened = HeadlineClauses.shorten(sentence, MAX_LENGTH);
        if (shortened != null) {
            return shortened;
        }
        String reduced = hasWords(sentence) ? HeadlineClauses.reduce(sentence, MAX_LENGTH) : text;
        if (reduced.length() <= MAX_LENGTH && hasWords(reduced)) {
            return reduced;
        }
        if (!hasWords(reduced)) {
            reduced = text;
        }
        String clause = clause(reduced);
        return clause != null ? clause : wordCut(reduced);
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String firstSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (!isAbbreviation(text.substring(Math.max(0, m.start() - 12), m.start() + 1))) {
                return text.substring(0, m.end()).strip();
            }
        }
        return text;
    }

    /** "Mr." or "U.S." or an initial such as "J." is not the end of a sentence. */
    private static boolean isAbbreviation(String tail) {
        if (!tail.endsWith(".")) {
            return false;
        }
        Matcher m = LAST_WORD.matcher(tail);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static String clause(String text) {
        Matcher m = CLAUSE_END.matcher(text);
        String best = null;
        while (m.find() && m.start() <= MAX_LENGTH) {
            String cut = text.substring(0, m.start()).strip();
            if (cut.length() >= MIN_CLAUSE_LENGTH && cut.length() <= MAX_LENGTH && balanced(cut)) {
                best = cut;
            }
        }
        return best;
    }

    private static String wordCut(String text) {
        int limit = MAX_LENGTH;
        int space = text.lastIndexOf(' ', limit);
        if (space <= 0) {
            return text.substring(0, safeEnd(text, limit));
        }
        String cut = text.substring(0, space);
        List<String> words = Arrays.asList(cut.split(" "));
        int keep = words.size();
        while (keep > 1
                && DANGLING.contains(words.get(keep - 1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
            keep--;
        }
        String trimmed = String.join(" ", words.subList(0, keep)).replaceFirst("[\\s,;:—–-]+$", "");
        return hasWords(trimmed) ? trimmed : cut;
    }

    /** A cut that does not split a surrogate pair. */
    private static int safeEnd(String text, int limit) {
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean balanced(String text) {
        return text.chars().filter(c -> c == '(').count() == text.chars().filter(c -> c == ')').count();
    }

}
