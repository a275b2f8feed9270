package news.dateline.seo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import news.dateline.web.SiteProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap index over the sitemaps the features supply ({@link SitemapSource}), each
 * sitemap's urlset, and the Google News sitemap of the last two days (from the
 * {@link StorySource}). Small sitemaps are built whole and kept in the reader cache; the
 * files of a {@link SitemapSource#streamed() streamed} source (the articles, 50,000 URLs
 * a file) are written as their rows are read ({@link #write}), never held in memory.
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
     * A small sitemap, built whole (the reader cache keeps it).
     * @return null when there is no such sitemap, or when it is a streamed source's file
     * (see {@link #streamed})
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public @Nullable String sitemap(String name) {
        CacheTags.add(CacheTags.SITEMAPS);
        List<SitemapEntry> entries = entries(name);
        if (entries == null) {
            return null;
        }
        StringBuilder xml = new StringBuilder();
        try {
            urlsetStart(xml);
            for (SitemapEntry entry : entries) {
                url(xml, entry);
            }
            urlsetEnd(xml);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xml.toString();
    }

    /**
     * A file of a streamed source as it is now.
     *
     * @param name its name, e.g. {@code articles-3}
     * @param number its number in its source
     */
    public record StreamedFile(String name, SitemapSource source, int number, SitemapSource.Stamp stamp) {
    }

    /**
     * The streamed file of that name, with its stamp; empty when the name is no streamed
     * source's file (it may be a small one: {@link #sitemap}).
     */
    public Optional<StreamedFile> streamed(String name) {
        Matcher numbered = PART.matcher(name);
        for (SitemapSource source : sources) {
            if (!source.streamed()) {
                continue;
            }
            int number;
            if (source.paged() && numbered.matches() && numbered.group(1).equals(source.name())) {
                number = Integer.parseInt(numbered.group(2));
            }
            else if (!source.paged() && name.equals(source.name())) {
                number = 1;
            }
            else {
                continue;
            }
            return source.stamp(number).map(stamp -> new StreamedFile(name, source, number, stamp));
        }
        return Optional.empty();
    }

    /** Writes a streamed file's urlset to {@code out}, each page as its row is read. */
    public void write(StreamedFile file, Writer out) throws IOException {
        urlsetStart(out);
        try {
            file.source().write(file.number(), entry -> {
                try {
                    url(out, entry);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        catch (UncheckedIOException e) {
            throw e.getCause();
        }
        urlsetEnd(out);
    }

    private void urlsetStart(Appendable xml) throws IOException {
        xml.append(header()).append("<urlset xmlns=\"").append(NS).append("\">\n");
    }

    private static void urlsetEnd(Appendable xml) throws IOException {
        xml.append("</urlset>\n");
    }

    private void url(Appendable xml, SitemapEntry entry) throws IOException {
        xml.append("  <url><loc>").append(escape(site.absolute(entry.path()))).append("</loc>");
        if (entry.lastModified() != null) {
            xml.append("<lastmod>")
                .append(W3C.format(entry.lastModified().truncatedTo(ChronoUnit.SECONDS)))
                .append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /**
     * The pages of the sitemap of that name, or null when there is none: a numbered file
     * past the last is none.
     */
    private @Nullable List<SitemapEntry> entries(String name) {
        Matcher numbered = PART.matcher(name);
        for (SitemapSource source : sources) {
            if (source.streamed()) {
                continue;
            }
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
