package news.dateline.seo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A page in a sitemap.
 *
 * @param path the page's path on the site, e.g. {@code /people/to-lam}
 * @param lastModified the last significant change to the page, or null when unknown
 */
public record SitemapEntry(String path, Instant lastModified) {

    /**
     * The entry of a row with the columns {@code path} and {@code modified} (a timestamp,
     * may be null).
     */
    public static SitemapEntry read(ResultSet rs) throws SQLException {
        Timestamp modified = rs.getTimestamp("modified");
        return new SitemapEntry(rs.getString("path"), modified == null ? null : modified.toInstant());
    }
}
