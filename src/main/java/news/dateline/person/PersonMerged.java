package news.dateline.person;

import java.util.Set;
import news.dateline.shared.CacheTags;
import news.dateline.shared.GraphChange;

/**
 * Two records of one person became one: published inside the merge's transaction before
 * the removed row is deleted, so that the modules owning links to people (stories,
 * events) move theirs to the kept person with a plain, synchronous
 * {@code @EventListener}.
 */
public record PersonMerged(long keptId, String keptSlug, long removedId, String removedSlug) implements GraphChange {

    /**
     * Both people's pages, and every page showing either (their stories', events' and
     * countries' pages carry their tags); the people sitemap and their feeds.
     */
    @Override
    public Set<String> pages() {
        return Set.of(CacheTags.person(keptId), CacheTags.person(removedId), CacheTags.SITEMAPS, CacheTags.FEEDS,
                CacheTags.INDEXES);
    }
}
