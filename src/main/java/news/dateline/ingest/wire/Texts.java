package news.dateline.ingest.wire;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small string helpers shared by the parser's parts. */
final class Texts {

    /** Any run of whitespace, including no-break and other Unicode spaces. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u0085]+");

    /**
     * Small words of place names that stay lower case ("Rio de Janeiro", "Dar es
     * Salaam").
     */
    private static final Pattern PARTICLES = Pattern
        .compile("de|da|do|dos|das|del|des|di|du|la|le|es|of|on|am|an|der|den|van|von");

    private Texts() {
    }

    /** Collapses every run of whitespace to one space and trims; null becomes "". */
    static String normalizeSpace(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** True when the text has no visible character at all. */
    static boolean isBlank(CharSequence text) {
        return text.codePoints().allMatch(Texts::isSpace);
    }

    /**
     * Whitespace in the widest sense: ASCII and Unicode spaces, the BOM and zero-width
     * spaces.
     */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || Character.isSpaceChar(c)
                || c == 0x85 || c == 0xFEFF || c == 0x200B || c == 0x2060;
    }

    /**
     * Upper-cases the first letter of each word of an all-caps place ("NEW YORK" to "New
     * York"); else as given.
     */
    static String titleCaseIfAllCaps(String place) {
        if (place.codePoints().noneMatch(Character::isUpperCase)
                || place.codePoints().anyMatch(Character::isLowerCase)) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        String[] words = place.toLowerCase(Locale.ROOT).split(" ");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                out.append(' ');
            }
            out.append(w > 0 && PARTICLES.matcher(words[w]).matches() ? words[w] : capitalizeParts(words[w]));
        }
        return out.toString();
    }

    private static String capitalizeParts(String word) {
        StringBuilder out = new StringBuilder(word);
        boolean start = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (start && Character.isLetter(c)) {
                out.setCharAt(i, Character.toUpperCase(c));
            }
            start = c == '-' || c == '.';
        }
        return out.toString();
    }

}
