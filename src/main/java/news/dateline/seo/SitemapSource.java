package news.dateline.seo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
     * Whether its files are too big to be built in memory: they are written to the
     * response row by row as they are read ({@link #write}), and kept compressed while
     * their {@link #stamp} stays the same, instead of being built whole and kept in the
     * reader cache.
     */
    default boolean streamed() {
        return false;
    }

    /**
     * For a {@link #streamed()} source: what a file's content is now, without reading it,
     * or empty when there is no such file. Its tag changes whenever the file's pages may
     * have changed; it may change more often, never less.
     */
    default Optional<Stamp> stamp(int part) {
        return Optional.empty();
    }

    /**
     * Gives the pages of one file to the sink as they are read, in the order of
     * {@link #entries}.
     */
    default void write(int part, Consumer<SitemapEntry> sink) {
        entries(part).forEach(sink);
    }

    /**
     * One file of a source.
     *
     * @param number from 1
     * @param lastModified the last change to its pages, or null when unknown
     */
    record Part(int number, Instant lastModified) {
    }

    /**
     * What a streamed file holds now.
     *
     * @param tag changes whenever the file's pages may have changed (an entity tag)
     * @param lastModified when it last changed, as far as known: never before a change
     * that gave a new tag
     */
    record Stamp(String tag, Instant lastModified) {
    }

}
