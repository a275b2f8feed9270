package news.dateline.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * URL slugs: lowercase ASCII with hyphens, accents folded ("Tô Lâm" gives "to-lam"),
 * Cyrillic in Latin letters ("Баку" gives "baku").
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('đ', "d"), Map.entry('Đ', "d"),
            Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('ł', "l"), Map.entry('Ł', "l"), Map.entry('ß', "ss"),
            Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ı', "i"),
            Map.entry('ə', "e"), Map.entry('Ə', "e"), Map.entry('þ', "th"), Map.entry('ð', "d"));

    /**
     * Cyrillic letters in Latin, as Russian, Ukrainian and Kazakh names are written in
     * English copy ("Азербайджан" gives "azerbaydzhan").
     */
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private static Map<Character, String> cyrillic() {
        String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһ";
        String[] latin = { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g",
                "a", "g", "q", "n", "o", "u", "u", "h" };
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < letters.length(); i++) {
            map.put(letters.charAt(i), latin[i]);
        }
        return Map.copyOf(map);
    }

    private Slugs() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder replaced = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String letter = LETTERS.get(c);
            if (letter == null) {
                letter = CYRILLIC.get(Character.toLowerCase(c));
            }
            replaced.append(letter != null ? letter : String.valueOf(c));
        }
        String folded = MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
            .replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > 40 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    /**
     * The slug made from {@code text}, or {@code fallback} when the text has no letter or
     * digit in Latin script, followed by -2, -3… while {@code taken} says that slug is in
     * use (by a row, or by an old address that still redirects).
     */
    public static String free(String text, String fallback, Predicate<String> taken) {
        String base = of(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH + 20 && SLUG.matcher(slug).matches();
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

}
