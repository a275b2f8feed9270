package news.dateline.shared;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One page of an index (people, events, relations' sources) read in a fixed order and cut
 * by a key, never an OFFSET: the query reads {@code size + 1} rows after the last one
 * shown, and the extra row says there is a next page. In a URL the key is the id of the
 * last item shown ({@code ?after=123}); the query finds its place in the order from that
 * row.
 *
 * @param items the items of this page
 * @param next the id of the last item shown when there is a next page, else null
 */
public record IndexPage<T>(List<T> items, Long next) {

    public static <T> IndexPage<T> of(List<T> rows, int size, ToLongFunction<T> id) {
        var shown = rows.subList(0, Math.min(size, rows.size()));
        return new IndexPage<>(List.copyOf(shown), rows.size() > size ? id.applyAsLong(shown.getLast()) : null);
    }

    /** The letters an A–Z index jumps to. */
    public static final List<String> LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars()
        .mapToObj(c -> String.valueOf((char) c))
        .toList();

    /**
     * A letter of {@link #LETTERS} typed in a URL, in capitals; null when it is not one.
     */
    public static String letter(String value) {
        if (value == null || value.length() != 1) {
            return null;
        }
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        return LETTERS.contains(upper) ? upper : null;
    }

}
