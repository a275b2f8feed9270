package news.dateline.newsroom;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the graph forms type as text: one per line, comma-separated lists, search words.
 */
final class FormText {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static final Pattern COMMAS = Pattern.compile("[,\\s]+");

    private FormText() {
    }

    /** The non-blank lines, stripped, each once, in the order typed. */
    static List<String> lines(String text) {
        return distinct(text == null ? new String[0] : LINE_BREAK.split(text));
    }

    /** Items separated by commas or spaces ("LA, AZ"), each once, in the order typed. */
    static List<String> items(String text) {
        return distinct(text == null ? new String[0] : COMMAS.split(text));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<String> distinct(String[] parts) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                seen.add(part.strip());
            }
        }
        return List.copyOf(seen);
    }

}
