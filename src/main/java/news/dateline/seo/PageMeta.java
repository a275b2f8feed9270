package news.dateline.seo;

import java.util.List;

/**
 * What a page puts in its {@code <head>} beyond its title: built by {@link PageMetas}, one small
 * function per field, and rendered by the layout.
 *
 * @param title       the page's own {@code <title>}
 * @param description the meta description (and Open Graph / Twitter description)
 * @param canonical   the absolute canonical URL
 * @param ogType      "website", "article" or "profile"
 * @param robots      the robots meta, or null for the default
 * @param jsonLd      schema.org JSON-LD documents, each safe to put inside a script element
 * @param feeds       feeds announced with {@code <link rel="alternate">}
 * @param prev        the absolute URL of the previous page of a list, or null
 * @param next        the absolute URL of the next page of a list, or null
 */
public record PageMeta(String title, String description, String canonical, String ogType, String robots,
                       List<String> jsonLd, List<Feed> feeds, String prev, String next) {

    public record Feed(String title, String href) {
    }
}
