package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.ingest.Recognition;

/**
 * Turns the dated happenings no known event accounts for into new event candidates: the
 * date, a short title taken from the clause around the date, and a place when that clause
 * says "in" or "at" a capitalised name.
 *
 * <p>
 * The title is the clause holding the date, with the date, parentheses and a leading
 * connective ("citing that", "with", "which") removed. A clause that starts with a verb
 * ("visited Azerbaijan last year") gets its subject back from the nearest earlier clause
 * that starts with a capital and is short ("The Azerbaijan–Laos Friendship Association");
 * a clause too short to say anything is joined to the clause before it. Titles are cut at
 * a word boundary to at most 90 characters.
 */
final class EventCandidates {

    static final int LONGEST_TITLE = 90;

    private static final int SHORTEST_CLAUSE_WORDS = 4;

    private static final int LONGEST_SUBJECT_WORDS = 8;

    private static final char MASK = '\u0000';

    private static final Pattern PREPOSITION_BEFORE = Pattern
        .compile("(?i)\\b(?:in|on|at|during|since|from|by|until|of)\\s+$");

    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?i:(?:citing|adding|saying|noting|stating|stressing) that|that|which|who|and|but|while|with|as|including|especially|then)\\s+");

    private static final Pattern PLACE = Pattern
        .compile("\\b(?:in|at)\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*)");

    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Madam|Dr)\\.?\\s+(?=\\p{Lu})");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.;:])");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\p{P}&&[^)’'\"]]+$");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "with", "and",
            "or", "for", "by", "from", "as", "that");

    private EventCandidates() {
    }

    /**
     * New event candidates for the given dates, in order, with those of the same date and
     * nearly the same title merged.
     */
    static List<EventMatcher.Linked> of(Sentences sentences, List<Span<DateExpressions.When>> allDates,
            List<Span<DateExpressions.When>> candidates) {
        List<EventMatcher.Linked> result = new ArrayList<>();
        for (Span<DateExpressions.When> date : candidates) {
            Span<String> sentence = sentences.at(date.start());
            if (sentence == null) {
                continue;
            }
            Clause clause = clauseOf(sentence, allDates, date).withWords();
            String title = title(clause);
            if (title.isEmpty()) {
                continue;
            }
            Recognition.EventHit hit = new Recognition.EventHit(null, title, date.value().date(),
                    place(clause.masked()));
            if (result.stream().noneMatch(other -> isSameHappening(other.hit(), hit))) {
                result.add(new EventMatcher.Linked(hit, date.start()));
            }
        }
        return result;
    }

    /**
     * The clause holding a date.
     *
     * @param masked its text with dates and parentheses blanked out by {@link #MASK}
     * @param before the sentence's earlier clauses, in order, masked the same way
     * @param after the sentence's later clauses
     */
    private record Clause(String masked, List<String> before, List<String> after) {

        /**
         * This clause, or when it holds nothing but its date ("Last month, ..."), the
         * next one.
         */
        Clause withWords() {
            if (!clean(masked).isEmpty() || after.isEmpty()) {
                return this;
            }
            List<String> newBefore = new ArrayList<>(before);
            newBefore.add(masked);
            return new Clause(after.getFirst(), newBefore, after.subList(1, after.size())).withWords();
        }
    }

    private static Clause clauseOf(Span<String> sentence, List<Span<DateExpressions.When>> dates,
            Span<DateExpressions.When> date) {
        char[] chars = sentence.value().toCharArray();
        for (Span<DateExpressions.When> other : dates) {
            if (sentence.contains(other.start())) {
                int from = other.start() - sentence.start();
                Matcher preposition = PREPOSITION_BEFORE.matcher(new String(chars, 0, from));
                if (preposition.find()) {
                    from = preposition.start();
                }
                Arrays.fill(chars, from, Math.min(chars.length, other.end() - sentence.start()), MASK);
            }
        }
        maskParentheses(chars);
        List<int[]> clauses = clauses(chars);
        int at = date.start() - sentence.start();
        int index = 0;
        while (index < clauses.size() - 1 && clauses.get(index)[1] <= at) {
            index++;
        }
        List<String> texts = clauses.stream().map(c -> new String(chars, c[0], c[1] - c[0])).toList();
        return new Clause(texts.get(index), texts.subList(0, index), texts.subList(index + 1, texts.size()));
    }

    private static void maskParentheses(char[] chars) {
        int depth = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '(') {
                depth++;
            }
            if (depth > 0) {
                char c = chars[i];
                chars[i] = MASK;
                if (c == ')') {
                    depth--;
                }
            }
        }
    }

    /**
     * Clause spans: cut at , ; : — and a spaced dash, and at an "and" that starts a new
     * predicate ("highlighted the events and recalled the meeting"), not at one joining
     * two nouns ("life and career").
     */
    private static List<int[]> clauses(char[] chars) {
        List<int[]> spans = new ArrayList<>();
        String s = new String(chars);
        int start = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int cut = -1;
            int resume = -1;
            if (c == ',' && isBetweenDigits(chars, i)) {
                continue; // "1,500 tonnes"
            }
            if (c == ',' || c == ';' || c == ':' || c == '—') {
                cut = i;
                resume = i + 1;
            }
            else if ((c == '–' || c == '-') && i > 0 && i + 1 < chars.length && chars[i - 1] == ' '
                    && chars[i + 1] == ' ') {
                cut = i;
                resume = i + 1;
            }
            else if (s.startsWith(" and ", i) && Character.isLowerCase(previousWritten(chars, i))
                    && startsNewPredicate(s, i + 5)) {
                cut = i;
                resume = i + 5;
            }
            if (cut >= 0) {
                spans.add(new int[] { start, cut });
                start = resume;
                i = resume - 1;
            }
        }
        spans.add(new int[] { start, chars.length });
        return spans;
    }

    private static final Set<String> PREDICATE_STARTS = Set.of("there", "it", "they", "he", "she", "we", "was", "were",
            "is", "are", "has", "have", "had", "will", "would", "also", "then", "later", "held", "met", "led", "paid",
            "made", "took", "gave", "saw", "won");

    /**
     * Whether the word at {@code at} begins a new predicate: a past form ("recalled") or
     * a pronoun or auxiliary.
     */
    private static boolean startsNewPredicate(String s, int at) {
        int end = at;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String word = s.substring(at, end);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                && (word.endsWith("ed") || PREDICATE_STARTS.contains(word));
    }

    private static boolean isBetweenDigits(char[] chars, int i) {
        return i > 0 && i + 1 < chars.length && Character.isDigit(chars[i - 1]) && Character.isDigit(chars[i + 1]);
    }

    /** The last character before {@code at} that is neither blanked out nor a space. */
    private static char previousWritten(char[] chars, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (chars[i] != MASK && chars[i] != ' ') {
                return chars[i];
            }
        }
        return ' ';
    }

    private static String title(Clause clause) {
        String own = clean(clause.masked());
        Matcher connective = CONNECTIVE.matcher(own);
        boolean hasOwnSubject = connective.find();
        if (hasOwnSubject) {
            own = own.substring(connective.end());
        }
        String title = own;
        if (!own.isEmpty() && Character.isLowerCase(own.charAt(0))) {
            String subject = nearestCapitalisedClause(clause.before());
            if (subject != null && !hasOwnSubject && words(subject) <= LONGEST_SUBJECT_WORDS) {
                title = subject + " " + own;
            }
            else if (subject != null && words(own) < SHORTEST_CLAUSE_WORDS) {
                title = subject + ", " + own;
            }
        }
        return finish(title);
    }

    private static String nearestCapitalisedClause(List<String> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            String candidate = clean(before.get(i));
            if (!candidate.isEmpty() && Character.isUpperCase(candidate.charAt(0))) {
                return HONORIFIC.matcher(candidate).replaceFirst("");
            }
        }
        return null;
    }

    private static String clean(String masked) {
        String spaced = SPACES.matcher(masked.replace(MASK, ' ')).replaceAll(" ");
        return SPACE_BEFORE_PUNCTUATION.matcher(spaced).replaceAll("$1").trim();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : SPACES.split(text.trim()).length;
    }

    /**
     * First letter up, at most {@link #LONGEST_TITLE} characters cut at a word, no
     * trailing punctuation or dangling word.
     */
    private static String finish(String title) {
        String result = title.trim();
        if (result.length() > LONGEST_TITLE) {
            int cut = result.lastIndexOf(' ', LONGEST_TITLE);
            result = result.substring(0, cut > 0 ? cut : LONGEST_TITLE);
        }
        boolean changed = true;
        while (changed && !result.isEmpty()) {
            changed = false;
            String stripped = TRAILING_PUNCTUATION.matcher(result).replaceAll("");
            int lastSpace = stripped.lastIndexOf(' ');
            if (lastSpace > 0 && DANGLING.contains(stripped.substring(lastSpace + 1).toLowerCase(Locale.ROOT))) {
                stripped = stripped.substring(0, lastSpace);
            }
            if (!stripped.equals(result)) {
                result = stripped;
                changed = true;
            }
        }
        return result.isEmpty() ? result : Character.toUpperCase(result.charAt(0)) + result.substring(1);
    }

    /**
     * "in Vientiane", "at Kazan": the first capitalised name after "in" or "at" in the
     * clause, dates aside.
     */
    private static String place(String masked) {
        Matcher m = PLACE.matcher(masked.replace(MASK, ' '));
        while (m.find()) {
            String place = POSSESSIVE.matcher(m.group(1)).replaceAll("");
            String first = SPACES.split(place)[0];
            boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
            String folded = TextFolder.fold(first);
            if (!acronym && !Lexicon.MONTHS.contains(folded) && !Lexicon.WEEKDAYS.contains(folded)) {
                return place;
            }
        }
        return null;
    }

    private static boolean isSameHappening(Recognition.EventHit a, Recognition.EventHit b) {
        if (!a.date().equals(b.date())) {
            return false;
        }
        Set<String> wordsA = significantWords(a.title());
        Set<String> wordsB = significantWords(b.title());
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return wordsA.equals(wordsB);
        }
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        Set<String> union = new HashSet<>(wordsA);
        union.addAll(wordsB);
        return common.size() * 2 >= union.size() || common.size() == Math.min(wordsA.size(), wordsB.size());
    }

    private static Set<String> significantWords(String title) {
        Set<String> words = new HashSet<>();
        for (TokenizedText.Token token : TokenizedText.of(title).tokens()) {
            if (token.folded().length() >= 3) {
                words.add(token.folded());
            }
        }
        return words;
    }

}
