package news.dateline.country;

import java.util.Set;
import news.dateline.shared.CacheTags;
import news.dateline.shared.GraphChange;

/** A country was added, or its aliases or demonyms changed; its slug never changes. */
public record CountryChanged(long id, String slug) implements GraphChange {

    /**
     * No reader page shows a country's aliases or demonyms (search, which matches them,
     * is not cached): its own page, and a 404 cached for it before it was added, are all
     * it can touch.
     */
    @Override
    public Set<String> pages() {
        return Set.of(CacheTags.country(id), CacheTags.ABSENT, CacheTags.COUNTRIES, CacheTags.SITEMAPS);
    }
}
