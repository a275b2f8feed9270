package news.dateline.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.web.SiteProperties;
import org.jspecify.annotations.Nullable;

/**
 * What a page puts in its {@code <head>} beyond its title, rendered by the layout. Each
 * feature builds its own page's meta with a {@link Builder} from
 * {@link PageMetas#page(String)}, one small call per field.
 *
 * @param title the page's own {@code <title>}
 * @param description the meta description (and Open Graph / Twitter description)
 * @param canonical the absolute canonical URL
 * @param ogType "website", "article" or "profile"
 * @param robots the robots meta, or null for the default
 * @param jsonLd schema.org JSON-LD documents, each safe to put inside a script element
 * @param feeds feeds announced with {@code <link rel="alternate">}
 * @param prev the absolute URL of the previous page of a list, or null
 * @param next the absolute URL of the next page of a list, or null
 * @param breadcrumbs the trail shown above the page, after the site's home (the last is
 * the page itself); empty on the home page
 * @param image the page's picture for sharing (og:image), or null for the site's logo
 */
public record PageMeta(String title, String description, String canonical, String ogType, String robots,
        List<String> jsonLd, List<Feed> feeds, String prev, String next, List<StructuredData.Crumb> breadcrumbs,
        @Nullable ShareImage image) {

    public record Feed(String title, String href) {
    }

    /**
     * The picture a page is shared with (Open Graph, Twitter card).
     *
     * @param url its absolute URL
     */
    public record ShareImage(String url, int width, int height, String alt) {
    }

    /**
     * The head of one page, field by field: the canonical URL is the page's path on the
     * site; the site's feed is always announced, after the page's own feeds.
     */
    public static final class Builder {

        private final SiteProperties site;

        private final String canonical;

        private final String path;

        private String title;

        private String description;

        private String ogType = "website";

        private String robots;

        private List<Map<String, Object>> jsonLd = List.of();

        private List<StructuredData.Crumb> breadcrumbs = List.of();

        private final StructuredData data;

        private final List<Feed> feeds = new ArrayList<>();

        private String prev;

        private String next;

        private @Nullable ShareImage image;

        Builder(SiteProperties site, StructuredData data, String path) {
            this.site = site;
            this.data = data;
            this.path = path;
            this.canonical = site.absolute(path);
            this.title = site.siteName();
        }

        /**
         * The page's name, followed by the site's: "Laos: timeline and news · Dateline".
         */
        public Builder title(String name) {
            this.title = name + " · " + site.siteName();
            return this;
        }

        /** A title used as it is, for the page that names the site itself. */
        public Builder fullTitle(String title) {
            this.title = title;
            return this;
        }

        /**
         * The description, cut at a word to at most {@value PageMetas#DESCRIPTION_LENGTH}
         * characters.
         */
        public Builder description(String text) {
            this.description = PageMetas.trim(text);
            return this;
        }

        public Builder ogType(String type) {
            this.ogType = type;
            return this;
        }

        public Builder robots(String robots) {
            this.robots = robots;
            return this;
        }

        /**
         * A feed of this page, announced before the site's: titled by its name and the
         * site's.
         */
        public Builder feed(String name, String path) {
            feeds.add(new Feed(name + " · " + site.siteName(), site.absolute(path)));
            return this;
        }

        /** The page's structured data, as nodes of {@link StructuredData}. */
        public Builder jsonLd(List<Map<String, Object>> nodes) {
            this.jsonLd = List.copyOf(nodes);
            return this;
        }

        /**
         * The page's place in the site, after the home page: shown above the page (the
         * layout's breadcrumb trail) and given to search engines as a BreadcrumbList
         * after the page's other JSON-LD. The last crumb is the page itself.
         */
        public Builder breadcrumbs(StructuredData.Crumb... crumbs) {
            this.breadcrumbs = List.of(crumbs);
            return this;
        }

        /** The previous page of a list, by its path (none when null). */
        public Builder prev(String path) {
            this.prev = path == null ? null : site.absolute(path);
            return this;
        }

        /** The next page of a list, by its path (none when null). */
        public Builder next(String path) {
            this.next = path == null ? null : site.absolute(path);
            return this;
        }

        /**
         * The picture the page is shared with, by its path on the site (the site's logo
         * when none is given).
         */
        public Builder image(String path, int width, int height, String alt) {
            this.image = new ShareImage(site.absolute(path), width, height, alt);
            return this;
        }

        public PageMeta build() {
            List<Feed> all = new ArrayList<>(feeds);
            all.add(PageMetas.siteFeed(site));
            List<Map<String, Object>> nodes = new ArrayList<>(jsonLd);
            if (!breadcrumbs.isEmpty()) {
                nodes.add(data.breadcrumbs(path, breadcrumbs.toArray(StructuredData.Crumb[]::new)));
            }
            return new PageMeta(title, description, canonical, ogType, robots, StructuredData.graph(nodes),
                    List.copyOf(all), prev, next, breadcrumbs, image);
        }

    }
}
