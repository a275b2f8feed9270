package news.dateline.person;

import java.util.HashSet;
import java.util.Set;
import news.dateline.shared.CacheTags;
import news.dateline.shared.GraphChange;

/**
 * A person was added, or their name, role, country or aliases changed; their slug never
 * changes.
 *
 * @param countryIds the person's country before and after the change (none, one or two)
 */
public record PersonChanged(long id, String slug, Set<Long> countryIds) implements GraphChange {

    public PersonChanged {
        countryIds = Set.copyOf(countryIds);
    }

    /**
     * The person's page and every page showing them (their stories', events' and listed
     * countries' pages carry their tag), the country pages that list or now list them, a
     * page cached as "not found" before they were added, the sitemaps and feeds.
     */
    @Override
    public Set<String> pages() {
        Set<String> pages = new HashSet<>(
                Set.of(CacheTags.person(id), CacheTags.SITEMAPS, CacheTags.FEEDS, CacheTags.ABSENT, CacheTags.INDEXES));
        countryIds.forEach(country -> pages.add(CacheTags.country(country)));
        return pages;
    }
}
