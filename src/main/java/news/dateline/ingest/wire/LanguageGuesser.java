package news.dateline.ingest.wire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the ISO 639-1 language of a body from its script: mostly Lao script is "lo",
 * Thai "th"; Latin with many Vietnamese letters is "vi", Latin with the schwa "ə" that
 * only Azerbaijani writes "az", Latin with English function words "en"; other scripts as
 * {@link #byScript} says. Anything else is null: a language is never guessed without
 * evidence.
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

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    static String guess(List<String> paragraphs) {
        String text = String.join(" ", paragraphs);
        long letters = 0;
        long lao = 0;
        long thai = 0;
        long latin = 0;
        long vietnamese = 0;
        long schwa = 0;
        long[] perScript = new long[SCRIPTS.length];
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) { // most copy: no look-up of a script for an ASCII letter
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                    latin++;
                    perScript[Character.UnicodeScript.LATIN.ordinal()]++;
                }
                continue;
            }
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            perScript[script.ordinal()]++;
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
            return byFunctionWords(text);
        }
        Map<Character.UnicodeScript, Long> scripts = new EnumMap<>(Character.UnicodeScript.class);
        for (Character.UnicodeScript script : SCRIPTS) {
            if (perScript[script.ordinal()] > 0) {
                scripts.put(script, perScript[script.ordinal()]);
            }
        }
        return byScript(text, scripts, letters);
    }

    /**
     * The language a script other than Latin, Lao or Thai tells, when it writes most of
     * the letters: Han without kana is Chinese, with kana Japanese; Hangul Korean;
     * Cyrillic by the letters only one language writes (Kazakh ә, қ, ң, ғ, ұ, һ;
     * Ukrainian є, ї, ґ; Russian ы or э, and none of the others); Arabic script by the
     * letters Persian (پ, چ, ژ, گ) and Urdu (ٹ, ڈ, ڑ, ں, ے) add; Georgian, Armenian,
     * Khmer and Myanmar scripts their one language. Null when the script names none.
     */
    private static String byScript(String text, Map<Character.UnicodeScript, Long> scripts, long letters) {
        long kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0L)
                + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0L);
        long han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0L);
        if ((han + kana) * 2 > letters) {
            return kana * 10 > han + kana ? "ja" : kana == 0 ? "zh" : null;
        }
        Character.UnicodeScript main = scripts.entrySet()
            .stream()
            .filter(e -> e.getValue() * 2 > letters)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
        if (main == null) {
            return null;
        }
        return switch (main) {
            case HANGUL -> "ko";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case KHMER -> "km";
            case MYANMAR -> "my";
            case CYRILLIC -> cyrillic(text);
            case ARABIC -> containsAny(text, "ٹڈڑںے") ? "ur" : containsAny(text, "پچژگ") ? "fa" : "ar";
            default -> null;
        };
    }

    private static String cyrillic(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (containsAny(lower, "әқңғұһ")) {
            return "kk";
        }
        if (containsAny(lower, "єїґ")) {
            return "uk";
        }
        return containsAny(lower, "ыэ") && !containsAny(lower, "іўјљњћђѓќџѕөү") ? "ru" : null;
    }

    private static boolean containsAny(String text, String letters) {
        return letters.chars().anyMatch(c -> text.indexOf(c) >= 0);
    }

    /**
     * Letters only Vietnamese writes among the languages we meet: ă, đ, ơ, ư and the
     * Latin Extended Additional block.
     */
    private static boolean isVietnamese(int c) {
        int lower = Character.toLowerCase(c);
        return lower == 'ă' || lower == 'đ' || lower == 'ơ' || lower == 'ư' || (c >= 0x1EA0 && c <= 0x1EF9);
    }

    /**
     * The small words that make a good part of any text in each of the Latin-script
     * languages agencies file in besides English; a word two of them share ("de", "la",
     * "que") is left out, so that each list tells its language.
     */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of("es",
            Set.of("el", "los", "las", "del", "y", "por", "con", "para", "una", "su", "al", "es", "como", "sus", "se"),
            "fr",
            Set.of("le", "les", "des", "du", "et", "un", "une", "pour", "dans", "sur", "est", "qui", "au", "aux",
                    "avec", "ont"),
            "de",
            Set.of("der", "die", "das", "und", "den", "dem", "ein", "eine", "mit", "von", "für", "ist", "im", "auf",
                    "zu", "sich", "nicht", "auch"),
            "pt", Set.of("o", "os", "do", "dos", "em", "um", "uma", "com", "no", "na", "ao", "não", "pelo", "pela"),
            "it", Set.of("il", "gli", "della", "delle", "che", "di", "per", "sono", "alla", "nel", "nella", "ha"), "tr",
            Set.of("ve", "bir", "bu", "ile", "için", "olarak", "olan", "çok", "daha", "gibi", "kadar", "sonra", "ise",
                    "her"));

    /** Share of one language's small words among all words that marks it. */
    private static final double FUNCTION_WORD_SHARE = 0.12;

    /**
     * English when its small words make {@value #ENGLISH} of the text's words and no
     * other language's make more; else the language whose small words make
     * {@value #FUNCTION_WORD_SHARE} of them at least, and a third more than any other's;
     * null when none does. (French "a" and "en" are English words too.)
     */
    private static String byFunctionWords(String text) {
        long total = 0;
        long english = 0;
        Map<String, Long> counts = new HashMap<>();
        for (String word : lettersOnly(text.toLowerCase(Locale.ROOT))) {
            total++;
            if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
            for (String language : LANGUAGES_OF_WORD.getOrDefault(word, List.of())) {
                counts.merge(language, 1L, Long::sum);
            }
        }
        if (total == 0) {
            return null;
        }
        double englishShare = (double) english / total;
        String best = null;
        double bestShare = 0;
        double second = 0;
        for (String language : FUNCTION_WORDS.keySet()) {
            double share = (double) counts.getOrDefault(language, 0L) / total;
            if (share > bestShare) {
                second = bestShare;
                bestShare = share;
                best = language;
            }
            else if (share > second) {
                second = share;
            }
        }
        if (englishShare >= ENGLISH && englishShare >= bestShare) {
            return "en";
        }
        return bestShare >= FUNCTION_WORD_SHARE && bestShare > Math.max(second, englishShare) * 4 / 3 ? best : null;
    }

    /** The runs of letters of a text, in order: its words without what stands between. */
    private static List<String> lettersOnly(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                start = start < 0 ? i : start;
            }
            else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** The languages whose small words each word is: the text is read once for all. */
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = languagesOfWord();

    private static Map<String, List<String>> languagesOfWord() {
        Map<String, List<String>> languages = new HashMap<>();
        FUNCTION_WORDS.forEach((language, words) -> words
            .forEach(word -> languages.computeIfAbsent(word, w -> new ArrayList<>()).add(language)));
        return Map.copyOf(languages);
    }

}
