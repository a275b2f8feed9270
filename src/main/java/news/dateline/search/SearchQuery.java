package news.dateline.search;

import java.time.LocalDate;

/**
 * What a reader asked for, already checked.
 *
 * @param text the words, trimmed; never longer than {@link #MAX_LENGTH}
 * @param country a country slug to filter by, or null
 * @param from the first day, or null
 * @param to the last day, or null
 * @param page from 1
 * @param byDate newest first instead of the most relevant first
 */
public record SearchQuery(String text, String country, LocalDate from, LocalDate to, int page, boolean byDate) {

    public static final int MAX_LENGTH = 200;

    /** Ranked by relevance. */
    public SearchQuery(String text, String country, LocalDate from, LocalDate to, int page) {
        this(text, country, from, to, page, false);
    }

    /** The value of {@code ?sort=}: null for relevance, the default. */
    public String sort() {
        return byDate ? "date" : null;
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
