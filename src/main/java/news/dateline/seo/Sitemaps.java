package news.dateline.seo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.dateline.web.ReaderCache;
import news.dateline.web.SiteProperties;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap index over one sitemap per content type, split at 50,000 URLs, and the Google News
 * sitemap of the last two days. One small generator per type, as in Ghost.
 */
@Component
public class Sitemaps {

    public static final int MAX_URLS = 50_000;
    static final int NEWS_MAX = 1_000;
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);

    private final CrawlQueries crawl;
    private final SiteProperties site;
    private final Clock clock;
    private final Map<String, Supplier<List<CrawlQueries.Entry>>> types;

    Sitemaps(CrawlQueries crawl, SiteProperties site, Clock clock) {
        this.crawl = crawl;
        this.site = site;
        this.clock = clock;
        this.types = Map.of(
                "countries", crawl::countries,
                "relations", crawl::relations,
                "people", crawl::people,
                "events", crawl::events);
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public String index() {
        StringBuilder xml = new StringBuilder(header()).append("<sitemapindex xmlns=\"").append(NS).append("\">\n");
        long articles = crawl.articleCount();
        long parts = Math.max(1, (articles + MAX_URLS - 1) / MAX_URLS);
        for (int part = 1; part <= parts; part++) {
            List<CrawlQueries.Entry> first = crawl.articles((part - 1) * MAX_URLS, 1);
            sitemapEntry(xml, "/sitemaps/articles-" + part + ".xml", first.isEmpty() ? null : first.getFirst().lastModified());
        }
        for (String type : List.of("countries", "relations", "people", "events")) {
            sitemapEntry(xml, "/sitemaps/" + type + ".xml", latest(types.get(type).get()));
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** @return null when there is no such sitemap */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public String sitemap(String name) {
        List<CrawlQueries.Entry> entries;
        if (name.matches("articles-[1-9]\\d{0,5}")) {
            int part = Integer.parseInt(name.substring("articles-".length()));
            entries = crawl.articles((part - 1) * MAX_URLS, MAX_URLS);
            if (entries.isEmpty() && part > 1) {
                return null;
            }
        } else if (types.containsKey(name)) {
            entries = types.get(name).get();
        } else {
            return null;
        }
        StringBuilder xml = new StringBuilder(header()).append("<urlset xmlns=\"").append(NS).append("\">\n");
        for (CrawlQueries.Entry entry : entries) {
            xml.append("  <url><loc>").append(escape(site.absolute(entry.path()))).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>").append(W3C.format(entry.lastModified().truncatedTo(ChronoUnit.SECONDS))).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public String news() {
        Instant since = clock.instant().minus(NEWS_WINDOW);
        StringBuilder xml = new StringBuilder(header())
                .append("<urlset xmlns=\"").append(NS).append("\" xmlns:news=\"").append(NEWS_NS).append("\">\n");
        for (CrawlQueries.Story story : crawl.publishedSince(since, NEWS_MAX)) {
            xml.append("  <url><loc>").append(escape(site.absolute("/articles/" + story.slug()))).append("</loc>")
                    .append("<news:news><news:publication><news:name>").append(escape(site.siteName()))
                    .append("</news:name><news:language>").append(story.language() == null ? "en" : story.language())
                    .append("</news:language></news:publication><news:publication_date>")
                    .append(W3C.format(story.published().truncatedTo(ChronoUnit.SECONDS)))
                    .append("</news:publication_date><news:title>").append(escape(story.headline()))
                    .append("</news:title></news:news></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private void sitemapEntry(StringBuilder xml, String path, Instant lastModified) {
        xml.append("  <sitemap><loc>").append(escape(site.absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(W3C.format(lastModified.truncatedTo(ChronoUnit.SECONDS))).append("</lastmod>");
        }
        xml.append("</sitemap>\n");
    }

    private static Instant latest(List<CrawlQueries.Entry> entries) {
        return entries.stream().map(CrawlQueries.Entry::lastModified).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "&apos;");
    }
}
