package news.dateline.seo;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import news.dateline.web.ReaderCache;
import news.dateline.web.SiteProperties;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/** Atom feeds, written by ROME: the whole site, a country, a person, a relation. */
@Component
public class Feeds {

    static final int ENTRIES = 30;

    private final CrawlQueries crawl;
    private final SiteProperties site;

    Feeds(CrawlQueries crawl, SiteProperties site) {
        this.crawl = crawl;
        this.site = site;
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public String site() {
        return atom("/feed.xml", "/", site.siteName() + ": latest stories", crawl.latest(ENTRIES));
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public String country(String slug, String name) {
        return atom("/countries/" + slug + "/feed.xml", "/countries/" + slug, name + " · " + site.siteName(),
                crawl.latestOfCountry(slug, ENTRIES));
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public String person(String slug, String name) {
        return atom("/people/" + slug + "/feed.xml", "/people/" + slug, name + " · " + site.siteName(),
                crawl.latestOfPerson(slug, ENTRIES));
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public String relation(news.dateline.country.RelationQueries.Side a, news.dateline.country.RelationQueries.Side b) {
        String path = "/relations/" + a.slug() + "/" + b.slug();
        return atom(path + "/feed.xml", path, a.name() + "–" + b.name() + " relations · " + site.siteName(),
                crawl.latestOfRelation(a.id(), b.id(), ENTRIES));
    }

    private String atom(String selfPath, String pagePath, String title, List<CrawlQueries.Story> stories) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(site.absolute(selfPath));
        feed.setTitle(title);
        feed.setAlternateLinks(List.of(link("alternate", site.absolute(pagePath), "text/html")));
        feed.setOtherLinks(List.of(link("self", site.absolute(selfPath), "application/atom+xml")));
        Person author = new Person();
        author.setName(site.siteName());
        author.setUri(site.absolute("/"));
        feed.setAuthors(List.of(author));
        feed.setUpdated(Date.from(stories.stream().map(CrawlQueries.Story::updated).max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        feed.setEntries(stories.stream().map(this::entry).toList());
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the feed " + selfPath, e);
        }
    }

    private Entry entry(CrawlQueries.Story story) {
        Entry entry = new Entry();
        String url = site.absolute("/articles/" + story.slug());
        entry.setId(url);
        entry.setTitle(story.headline());
        entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        entry.setPublished(Date.from(story.published()));
        entry.setUpdated(Date.from(story.updated().isAfter(story.published()) ? story.updated() : story.published()));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(story.summary());
        entry.setSummary(summary);
        if (story.agency() != null) {
            Person agency = new Person();
            agency.setName(story.agency());
            entry.setAuthors(List.of(agency));
        }
        return entry;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
