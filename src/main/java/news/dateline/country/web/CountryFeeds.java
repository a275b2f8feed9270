package news.dateline.country.web;

import news.dateline.country.CountryStories;
import news.dateline.country.RelationQueries;
import news.dateline.seo.Feeds;
import news.dateline.seo.PageMetas;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/** The Atom feeds of a country and of a relation, kept in the reader cache. */
@Component
class CountryFeeds {

    private final CountryStories stories;

    private final Feeds feeds;

    private final PageMetas metas;

    CountryFeeds(CountryStories stories, Feeds feeds, PageMetas metas) {
        this.stories = stories;
        this.feeds = feeds;
        this.metas = metas;
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public String country(RelationQueries.Side country) {
        CacheTags.add(CacheTags.FEEDS);
        String path = "/countries/" + country.slug();
        return feeds.atom(path + "/feed.xml", path, metas.feedTitle(country.name()),
                stories.ofCountry(country.slug(), Feeds.ENTRIES));
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public String relation(RelationQueries.Side a, RelationQueries.Side b) {
        CacheTags.add(CacheTags.FEEDS);
        String path = "/relations/" + a.slug() + "/" + b.slug();
        return feeds.atom(path + "/feed.xml", path, metas.feedTitle(CountryHead.relationName(a, b)),
                stories.ofRelation(a, b, Feeds.ENTRIES));
    }

}
