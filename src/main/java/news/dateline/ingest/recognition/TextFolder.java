package news.dateline.ingest.recognition;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Accent and case folding ("Tô Lâm" → "to lam", "Việt Nam" → "viet nam"), keeping for
 * every folded character the span of the original text it came from, so that a match in
 * the folded text can be traced back to the words as written.
 */
final class TextFolder {

    private TextFolder() {
    }

    /** A letter of the English alphabet, either case. */
    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The folded form of a short string, such as an alias. */
    static String fold(String text) {
        return foldWithIndex(text).folded();
    }

    /**
     * Lower case, accents kept: the form demonyms are compared in ("Thai" is not "Thái").
     */
    static String foldCase(String text) {
        return normalizeApostrophes(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }

    static Folded foldWithIndex(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 8];
        int[] ends = new int[text.length() + 8];
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String piece = foldCodePoint(codePoint);
            for (int k = 0; k < piece.length(); k++) {
                int at = folded.length();
                if (at >= starts.length) {
                    starts = Arrays.copyOf(starts, at * 2);
                    ends = Arrays.copyOf(ends, at * 2);
                }
                starts[at] = i;
                ends[at] = next;
                folded.append(piece.charAt(k));
            }
            i = next;
        }
        return new Folded(text, folded.toString(), Arrays.copyOf(starts, folded.length()),
                Arrays.copyOf(ends, folded.length()));
    }

    private static String foldCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        switch (codePoint) {
            case 'đ', 'Đ' -> {
                return "d";
            }
            case 'ø', 'Ø' -> {
                return "o";
            }
            case 'ł', 'Ł' -> {
                return "l";
            }
            case 'ı' -> {
                return "i";
            }
            case 'ə', 'Ə' -> {
                // Azerbaijani's schwa, written "a" in English copy ("Məmmədov",
                // "Mammadov")
                return "a";
            }
            case 'ß' -> {
                return "ss";
            }
            case 'æ', 'Æ' -> {
                return "ae";
            }
            case 'œ', 'Œ' -> {
                return "oe";
            }
            case '’', '‘', 'ʼ', '´' -> {
                return "'";
            }
            default -> {
            }
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        decomposed.codePoints()
            .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
            .forEach(base::appendCodePoint);
        return base.toString().toLowerCase(Locale.ROOT);
    }

    private static String normalizeApostrophes(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'');
    }

    /**
     * A folded text and, for each of its characters, the original span
     * {@code [starts[i], ends[i])} it came from (one original character may fold to none,
     * one or two characters).
     */
    record Folded(String original, String folded, int[] starts, int[] ends) {

        int originalStart(int foldedIndex) {
            return starts[foldedIndex];
        }

        /**
         * The original end of a folded range ending (exclusively) at {@code foldedEnd},
         * with any trailing combining marks.
         */
        int originalEnd(int foldedEnd) {
            int end = ends[foldedEnd - 1];
            while (end < original.length() && Character.getType(original.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            return end;
        }
    }

}
