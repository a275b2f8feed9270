package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a text into sentences: at a blank line, or after {@code . ! ?} followed by a space
 * and a capital, unless the dot ends an abbreviation ("Mr. Elnur Mammadov", "U.S.
 * President").
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt",
            "sgt", "capt", "jr", "sr", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "ltd", "co", "corp", "vs", "approx", "gov", "rep", "sen", "hon", "maj", "adm");

    private final List<Span<String>> spans;

    private Sentences(List<Span<String>> spans) {
        this.spans = List.copyOf(spans);
    }

    static Sentences of(String text) {
        List<Span<String>> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int boundary = -1;
            if (c == '\n' && isBlankLineAhead(text, i)) {
                boundary = i;
            }
            else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                boundary = i + 1;
            }
            if (boundary >= 0) {
                add(spans, text, start, boundary);
                start = boundary;
            }
            i++;
        }
        add(spans, text, start, text.length());
        return new Sentences(spans);
    }

    /**
     * The sentences in order: original characters {@code [start, end)} and their text.
     */
    List<Span<String>> spans() {
        return spans;
    }

    /** The sentence holding an offset, or null. */
    Span<String> at(int offset) {
        for (Span<String> span : spans) {
            if (span.contains(offset)) {
                return span;
            }
        }
        return null;
    }

    private static void add(List<Span<String>> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span<>(start, end, text.substring(start, end)));
        }
    }

    private static boolean isBlankLineAhead(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text, int dot) {
        int j = dot + 1;
        while (j < text.length() && "\"”’')]".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j < text.length() && Character.isLowerCase(text.charAt(j))) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return !initial && !ABBREVIATIONS.contains(TextFolder.fold(word));
    }

}
