package news.dateline.seo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A story as the Atom feeds and the news sitemap list it.
 *
 * @param path the story's path on the site, e.g. {@code /articles/some-slug}
 * @param title its headline
 * @param summary its standfirst or first paragraph, as plain text
 * @param published when it was published
 * @param updated when it last changed (may be before {@code published} for a scheduled
 * story)
 * @param language its language (ISO 639-1), or null for English
 * @param author the agency that wrote it, or null
 */
public record StoryEntry(String path, String title, String summary, Instant published, Instant updated, String language,
        String author) {

    /**
     * The story of a row with the columns {@code path}, {@code title}, {@code summary}
     * (Markdown: its backslash escapes are removed), {@code published}, {@code updated},
     * {@code language} and {@code author}.
     */
    public static StoryEntry read(ResultSet rs) throws SQLException {
        return new StoryEntry(rs.getString("path"), rs.getString("title"),
                rs.getString("summary").replaceAll("\\\\([\\\\`*_\\[\\]<>#+\\-.)])", "$1"),
                rs.getTimestamp("published").toInstant(), rs.getTimestamp("updated").toInstant(),
                rs.getString("language"), rs.getString("author"));
    }
}
