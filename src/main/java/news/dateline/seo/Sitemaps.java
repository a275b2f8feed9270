package news.dateline.seo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import news.dateline.web.SiteProperties;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap index over the sitemaps the features supply ({@link SitemapSource}), each
 * sitemap's urlset, and the Google News sitemap of the last two days (from the
 * {@link StorySource}).
 */
@Component
public class Sitemaps {

    public static final int MAX_URLS = 50_000;
    static final int NEWS_MAX = 1_000;
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
        .withZone(ZoneOffset.UTC);

    private static final Pattern PART = Pattern.compile("(.+)-([1-9]\\d{0,5})");

    private final List<SitemapSource> sources;

    private final StorySource stories;

    private final SiteProperties site;

    private final Clock clock;

    Sitemaps(List<SitemapSource> sources, StorySource stories, SiteProperties site, Clock clock) {
        List<SitemapSource> sorted = new ArrayList<>(sources);
        Comparator<SitemapSource> byOrder = AnnotationAwareOrderComparator.INSTANCE::compare;
        sorted.sort(byOrder.thenComparing(SitemapSource::name));
        this.sources = List.copyOf(sorted);
        this.stories = stories;
        this.site = site;
        this.clock = clock;
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public String index() {
        CacheTags.add(CacheTags.SITEMAPS);
        StringBuilder xml = new StringBuilder(header()).append("<sitemapindex xmlns=\"").append(NS).append("\">\n");
        for (SitemapSource source : sources) {
            for (SitemapSource.Part part : source.parts()) {
                String name = source.paged() ? source.name() + "-" + part.number() : source.name();
                sitemapEntry(xml, "/sitemaps/" + name + ".xml", part.lastModified());
            }
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /**
     * @return null when there is no such sitemap
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public String sitemap(String name) {
        CacheTags.add(CacheTags.SITEMAPS);
        List<SitemapEntry> entries = entries(name);
        if (entries == null) {
            return null;
        }
        StringBuilder xml = new StringBuilder(header()).append("<urlset xmlns=\"").append(NS).append("\">\n");
        for (SitemapEntry entry : entries) {
            xml.append("  <url><loc>").append(escape(site.absolute(entry.path()))).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>")
                    .append(W3C.format(entry.lastModified().truncatedTo(ChronoUnit.SECONDS)))
                    .append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /**
     * The pages of the sitemap of that name, or null when there is none: a numbered file
     * past the last is none.
     */
    private List<SitemapEntry> entries(String name) {
        Matcher numbered = PART.matcher(name);
        for (SitemapSource source : sources) {
            if (source.paged() && numbered.matches() && numbered.group(1).equals(source.name())) {
                int part = Integer.parseInt(numbered.group(2));
                List<SitemapEntry> entries = source.entries(part);
                return entries.isEmpty() && part > 1 ? null : entries;
            }
            if (!source.paged() && name.equals(source.name())) {
                return source.entries(1);
            }
        }
        return null;
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public String news() {
        CacheTags.add(CacheTags.SITEMAPS);
        Instant since = clock.instant().minus(NEWS_WINDOW);
        StringBuilder xml = new StringBuilder(header()).append("<urlset xmlns=\"")
            .append(NS)
            .append("\" xmlns:news=\"")
            .append(NEWS_NS)
            .append("\">\n");
        for (StoryEntry story : stories.publishedSince(since, NEWS_MAX)) {
            xml.append("  <url><loc>")
                .append(escape(site.absolute(story.path())))
                .append("</loc>")
                .append("<news:news><news:publication><news:name>")
                .append(escape(site.siteName()))
                .append("</news:name><news:language>")
                .append(story.language() == null ? "en" : story.language())
                .append("</news:language></news:publication><news:publication_date>")
                .append(W3C.format(story.published().truncatedTo(ChronoUnit.SECONDS)))
                .append("</news:publication_date><news:title>")
                .append(escape(story.title()))
                .append("</news:title></news:news></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private void sitemapEntry(StringBuilder xml, String path, Instant lastModified) {
        xml.append("  <sitemap><loc>").append(escape(site.absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>")
                .append(W3C.format(lastModified.truncatedTo(ChronoUnit.SECONDS)))
                .append("</lastmod>");
        }
        xml.append("</sitemap>\n");
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "&apos;");
    }

}
