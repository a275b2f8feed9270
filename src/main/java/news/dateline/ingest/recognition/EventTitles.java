package news.dateline.ingest.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells an event title that names a happening ("the 47th meeting of the Intergovernmental
 * Committee", "Political consultations") from a fragment of a sentence ("Asked both
 * governments to carry out the agreements reached during ..."): a noun phrase starts with
 * a determiner, a number or a noun or adjective, never with a verb, a pronoun or a
 * conjunction, and holds no finite verb.
 */
public final class EventTitles {

    /** Words a sentence fragment starts with, never a noun phrase. */
    private static final Set<String> FRAGMENT_STARTS = Set.of("he", "she", "they", "it", "we", "i", "you", "and", "but",
            "or", "while", "which", "who", "that", "this", "these", "those", "also", "then", "when", "where", "as",
            "because", "since", "although", "though", "if", "so", "to", "said", "says", "asked", "told", "noted",
            "stressed", "agreed", "expressed", "highlighted", "recalled", "praised", "thanked", "welcomed", "affirmed",
            "emphasised", "emphasized", "underlined", "pledged", "called", "urged", "discussed", "reviewed", "signed",
            "attended", "visited", "received", "met", "held", "hosted", "led", "paid", "made", "took", "gave", "is",
            "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "did",
            "does", "do", "being", "been", "be", "not", "there", "here", "his", "her", "their", "its", "our");

    /** Finite verbs and auxiliaries that make a title a clause. */
    private static final Set<String> FINITE = Set.of("is", "was", "were", "are", "has", "have", "had", "will", "would",
            "can", "could", "should", "must", "said", "says", "asked", "told", "noted", "stressed", "agreed",
            "expressed", "recalled", "praised", "thanked", "welcomed", "affirmed", "pledged", "urged", "discussed",
            "reviewed", "called", "highlighted", "emphasised", "emphasized", "underlined", "he", "she", "they", "we",
            "it");

    /** Past forms without "-ed" that wire copy uses most. */
    private static final Set<String> IRREGULAR_PAST = Set.of("met", "held", "led", "took", "made", "gave", "left",
            "began", "saw", "won", "paid", "said", "told", "sent", "set", "put", "brought", "sought", "kept", "hit");

    private static final int LONGEST = 90;

    private EventTitles() {
    }

    /**
     * Whether the title is a noun phrase naming a happening: it reads as a noun phrase
     * and holds a word for a happening ("meeting", "visit", "ceremony", "crash", ...), so
     * that neither a clause nor a person's title ("Deputy Prime Minister ...") passes.
     */
    public static boolean namesAHappening(String title) {
        return isNounPhrase(title) && EventPhrases.namesAHappening(title);
    }

    /** Whether the title reads as a noun phrase. */
    public static boolean isNounPhrase(String title) {
        if (title == null || title.isBlank() || title.length() > LONGEST) {
            return false;
        }
        List<String> words = List.of(title.strip().toLowerCase(Locale.ROOT).split("[\\s,;:()]+"));
        if (words.isEmpty() || FRAGMENT_STARTS.contains(words.getFirst())) {
            return false;
        }
        String first = words.getFirst();
        if (first.endsWith("ed") && !Set.of("united", "extended", "expanded", "combined", "joint").contains(first)) {
            return false;
        }
        if (first.endsWith("ing") && words.size() > 1 && Lexicon.DETERMINERS.contains(words.get(1))) {
            return false; // "Opening his talks with ...": a participle's clause
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if ((word.endsWith("ed") || IRREGULAR_PAST.contains(word))
                    && Lexicon.DETERMINERS.contains(words.get(i + 1))) {
                return false; // "SOCAR signed an agreement": a verb and its object
            }
        }
        return words.stream().noneMatch(FINITE::contains);
    }

}
