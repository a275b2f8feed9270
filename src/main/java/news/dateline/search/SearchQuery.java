package news.dateline.search;

import java.time.LocalDate;

/**
 * What a reader asked for, already checked.
 *
 * @param text    the words, trimmed; never longer than {@link #MAX_LENGTH}
 * @param country a country slug to filter by, or null
 * @param from    the first day, or null
 * @param to      the last day, or null
 * @param page    from 1
 */
public record SearchQuery(String text, String country, LocalDate from, LocalDate to, int page) {

    public static final int MAX_LENGTH = 200;

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
