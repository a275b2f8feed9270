package news.dateline.ingest.wire;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small string helpers shared by the parser's parts. */
final class Texts {

    /**
     * Small words of place names that stay lower case ("Rio de Janeiro", "Dar es
     * Salaam").
     */
    private static final Pattern PARTICLES = Pattern
        .compile("de|da|do|dos|das|del|des|di|du|la|le|es|of|on|am|an|der|den|van|von");

    private Texts() {
    }

    /**
     * Collapses every run of whitespace (ASCII, no-break and other Unicode spaces, NEL:
     * {@link #isRunSpace}) to one space and trims; null becomes "". A loop, not a regular
     * expression: the parser asks this of every line, many times.
     */
    static String normalizeSpace(String text) {
        if (text == null) {
            return "";
        }
        int length = text.length();
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isRunSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isRunSpace(text.charAt(end))) {
                end++;
            }
            if (out == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a single space stays as it is
                }
                out = new StringBuilder(length).append(text, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return (out == null ? text : out.toString()).strip();
    }

    /**
     * A character of a run {@link #normalizeSpace} collapses: what the regular expression
     * {@code [\s\p{Z}\u0085]} matches.
     */
    static boolean isRunSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85
                || Character.isSpaceChar(c);
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
