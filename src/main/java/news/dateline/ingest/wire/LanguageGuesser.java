package news.dateline.ingest.wire;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses the ISO 639-1 language of a body from its script: mostly Lao script is "lo",
 * Thai "th"; Latin with many Vietnamese letters is "vi", Latin with the schwa "ə" that
 * only Azerbaijani writes "az", Latin with English function words "en". Anything else is
 * null: a language is never guessed without evidence.
 */
final class LanguageGuesser {

    /**
     * Share of Vietnamese-only letters (ă, đ, ơ, ư, ệ, ...) among Latin letters that
     * marks Vietnamese.
     */
    private static final double VIETNAMESE = 0.03;

    /**
     * Share of the letter "ə" among Latin letters that marks Azerbaijani (about one
     * letter in ten of its text).
     */
    private static final double AZERBAIJANI = 0.02;

    /** Share of English function words among all words that marks English. */
    private static final double ENGLISH = 0.08;

    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "was", "for",
            "on", "that", "with", "by", "as", "at", "from", "has", "have", "are", "were", "it", "its", "his", "her",
            "their", "be", "been", "will", "said", "an");

    private LanguageGuesser() {
    }

    static String guess(List<String> paragraphs) {
        String text = String.join(" ", paragraphs);
        long letters = 0;
        long lao = 0;
        long thai = 0;
        long latin = 0;
        long vietnamese = 0;
        long schwa = 0;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LAO) {
                lao++;
            }
            else if (script == Character.UnicodeScript.THAI) {
                thai++;
            }
            else if (script == Character.UnicodeScript.LATIN) {
                latin++;
                if (isVietnamese(c)) {
                    vietnamese++;
                }
                if (c == 'ə' || c == 'Ə') {
                    schwa++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (lao * 2 > letters) {
            return "lo";
        }
        if (thai * 2 > letters) {
            return "th";
        }
        if (latin * 2 > letters) {
            if (vietnamese > latin * VIETNAMESE) {
                return "vi";
            }
            if (schwa > latin * AZERBAIJANI) {
                return "az";
            }
            return englishWordShare(text) >= ENGLISH ? "en" : null;
        }
        return null;
    }

    /**
     * Letters only Vietnamese writes among the languages we meet: ă, đ, ơ, ư and the
     * Latin Extended Additional block.
     */
    private static boolean isVietnamese(int c) {
        int lower = Character.toLowerCase(c);
        return lower == 'ă' || lower == 'đ' || lower == 'ơ' || lower == 'ư' || (c >= 0x1EA0 && c <= 0x1EF9);
    }

    private static double englishWordShare(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        long total = 0;
        long english = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                total++;
                if (ENGLISH_WORDS.contains(word)) {
                    english++;
                }
            }
        }
        return total == 0 ? 0 : (double) english / total;
    }

}
