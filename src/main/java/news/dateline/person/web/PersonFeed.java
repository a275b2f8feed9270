package news.dateline.person.web;

import news.dateline.person.PersonStories;
import news.dateline.seo.Feeds;
import news.dateline.seo.PageMetas;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/** A person's Atom feed, kept in the reader cache. */
@Component
class PersonFeed {

    private final PersonStories stories;

    private final Feeds feeds;

    private final PageMetas metas;

    PersonFeed(PersonStories stories, Feeds feeds, PageMetas metas) {
        this.stories = stories;
        this.feeds = feeds;
        this.metas = metas;
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public String of(String slug, String name) {
        CacheTags.add(CacheTags.FEEDS);
        String path = "/people/" + slug;
        return feeds.atom(path + "/feed.xml", path, metas.feedTitle(name), stories.ofPerson(slug, Feeds.ENTRIES));
    }

}
