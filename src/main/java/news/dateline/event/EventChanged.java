package news.dateline.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.dateline.shared.CacheTags;
import news.dateline.shared.GraphChange;

/**
 * An event was added, or its title, date, place, countries, people or phrases changed;
 * its slug never changes.
 *
 * @param countryIds the countries taking part, before and after the change
 * @param personIds the people taking part, before and after the change
 */
public record EventChanged(long id, String slug, Set<Long> countryIds, Set<Long> personIds) implements GraphChange {

    public EventChanged {
        countryIds = Set.copyOf(countryIds);
        personIds = Set.copyOf(personIds);
    }

    /**
     * The event's page and every page showing it (stories', people's and countries' pages
     * carry its tag); the timelines of the countries and relations it was or is part of,
     * the pages of the people it was or is linked to, the home page and the country index
     * (which count events), a page cached as "not found" before it was added, sitemaps
     * and feeds.
     */
    @Override
    public Set<String> pages() {
        Set<String> pages = new HashSet<>(Set.of(CacheTags.event(id), CacheTags.HOME, CacheTags.COUNTRIES,
                CacheTags.SITEMAPS, CacheTags.FEEDS, CacheTags.ABSENT, CacheTags.INDEXES));
        List<Long> countries = List.copyOf(countryIds);
        for (int i = 0; i < countries.size(); i++) {
            pages.add(CacheTags.country(countries.get(i)));
            for (int j = i + 1; j < countries.size(); j++) {
                pages.add(CacheTags.relation(countries.get(i), countries.get(j)));
            }
        }
        personIds.forEach(person -> pages.add(CacheTags.person(person)));
        return pages;
    }
}
