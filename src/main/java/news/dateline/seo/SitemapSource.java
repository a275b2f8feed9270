package news.dateline.seo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a feature lists in the sitemaps: a bean implementing this is one sitemap (or, when
 * {@link #paged()}, a numbered series of them) in the sitemap index. {@link Sitemaps}
 * lists the sources in the order of their
 * {@link org.springframework.core.annotation.Order @Order}, then by name.
 */
public interface SitemapSource {

    /**
     * The name of its file: {@code people} is {@code /sitemaps/people.xml}; paged,
     * {@code articles-1.xml}, ...
     */
    String name();

    /**
     * Whether its pages are split into numbered files of at most
     * {@link Sitemaps#MAX_URLS} each.
     */
    default boolean paged() {
        return false;
    }

    /**
     * Its files in order, each with the last change to its pages: one (number 1) unless
     * paged, and at least one. The default reads the one file's pages.
     */
    default List<Part> parts() {
        return List.of(new Part(1,
                entries(1).stream()
                    .map(SitemapEntry::lastModified)
                    .filter(Objects::nonNull)
                    .max(Instant::compareTo)
                    .orElse(null)));
    }

    /**
     * The pages of one file (1 unless paged), in a stable order; empty when there is no
     * such file.
     */
    List<SitemapEntry> entries(int part);

    /**
     * One file of a source.
     *
     * @param number from 1
     * @param lastModified the last change to its pages, or null when unknown
     */
    record Part(int number, Instant lastModified) {
    }

}
