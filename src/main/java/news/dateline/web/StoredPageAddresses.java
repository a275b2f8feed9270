package news.dateline.web;

import java.util.Collection;
import java.util.List;

/**
 * The addresses of the pages the {@link PageStore} keeps, for its
 * {@link PageStoreFiller}: given by the feature that owns those pages (the stories'), so
 * that this module knows no feature.
 */
public interface StoredPageAddresses {

    /**
     * Up to {@code limit} addresses of pages readers can see, walking the archive from
     * its newest end: those with a position below {@code below} ({@link Long#MAX_VALUE}
     * to begin), in descending position.
     */
    Batch next(long below, int limit);

    /**
     * The addresses of the pages these {@linkplain news.dateline.shared.CacheTags tags}
     * name, where they name a single page that readers can see; other tags are ignored.
     */
    List<String> named(Collection<String> tags);

    /**
     * A step of the walk.
     *
     * @param addresses the addresses, paths from the root ({@code /articles/...})
     * @param last the position to continue below; the walk is over when {@code addresses}
     * is empty
     */
    record Batch(List<String> addresses, long last) {
    }

}
