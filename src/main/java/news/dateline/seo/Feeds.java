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
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import news.dateline.web.SiteProperties;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Atom feeds, written by ROME: {@link #atom} for any list of stories (a feature writes
 * its pages' feeds with it), and the whole site's feed from the {@link StorySource}.
 */
@Component
public class Feeds {

    /** The content type a feed is served with. */
    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /** The number of stories in a feed. */
    public static final int ENTRIES = 30;

    private final StorySource stories;

    private final SiteProperties site;

    Feeds(StorySource stories, SiteProperties site) {
        this.stories = stories;
        this.site = site;
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public String site() {
        CacheTags.add(CacheTags.FEEDS);
        return atom("/feed.xml", "/", site.siteName() + ": latest stories", stories.latest(ENTRIES));
    }

    /**
     * The Atom document of a feed.
     * @param selfPath the feed's own path, also its id
     * @param pagePath the path of the page it follows
     * @param title the feed's whole title
     */
    public String atom(String selfPath, String pagePath, String title, List<StoryEntry> entries) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(site.absolute(selfPath));
        feed.setTitle(title);
        feed.setAlternateLinks(List.of(link("alternate", site.absolute(pagePath), "text/html")));
        feed.setOtherLinks(List.of(link("self", site.absolute(selfPath), "application/atom+xml")));
        Person author = new Person();
        author.setName(site.siteName());
        author.setUri(site.absolute("/"));
        feed.setAuthors(List.of(author));
        feed.setUpdated(
                Date.from(entries.stream().map(StoryEntry::updated).max(Instant::compareTo).orElse(Instant.EPOCH)));
        feed.setEntries(entries.stream().map(this::entry).toList());
        try {
            return new WireFeedOutput().outputString(feed, true);
        }
        catch (FeedException e) {
            throw new IllegalStateException("Cannot write the feed " + selfPath, e);
        }
    }

    private Entry entry(StoryEntry story) {
        Entry entry = new Entry();
        String url = site.absolute(story.path());
        entry.setId(url);
        entry.setTitle(story.title());
        entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        entry.setPublished(Date.from(story.published()));
        entry.setUpdated(Date.from(story.updated().isAfter(story.published()) ? story.updated() : story.published()));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(story.summary());
        entry.setSummary(summary);
        if (story.author() != null) {
            Person agency = new Person();
            agency.setName(story.author());
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
