package news.dateline.seo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import news.dateline.shared.StorySummary;

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
     * The columns {@link #read} reads, of a story aliased {@code a} and its agency
     * {@code g}.
     */
    public static final String COLUMNS = "'/articles/' || a.slug as path, a.headline as title, " + StorySummary.COLUMNS
            + ", a.published_at as published, a.updated_at as updated, a.language, g.name as author";

    /** The story of a row read with {@link #COLUMNS}. */
    public static StoryEntry read(ResultSet rs) throws SQLException {
        return new StoryEntry(rs.getString("path"), rs.getString("title"), StorySummary.read(rs),
                rs.getTimestamp("published").toInstant(), rs.getTimestamp("updated").toInstant(),
                rs.getString("language"), rs.getString("author"));
    }
}
