package news.dateline.shared;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The names of what a cached reader page shows, so that a change empties exactly the
 * pages it touches. A query computing a cached result says what it read ({@link #add}); a
 * change names the same tags ({@link PagesChanged#pages()}) and the reader cache drops
 * every entry carrying one of them.
 *
 * <p>
 * Ids, not slugs, name stories, countries, people and events: a story's slug can change.
 */
public final class CacheTags {

    /** The home page's lists: latest stories, most active countries and relations. */
    public static final String HOME = "home";

    /** The index of countries with their story counts. */
    public static final String COUNTRIES = "countries";

    /**
     * The reader's indexes (people, events, relations, sources and each source's
     * stories): emptied by every change to a published story, a person or an event.
     */
    public static final String INDEXES = "indexes";

    /** Every Atom feed. */
    public static final String FEEDS = "feeds";

    /** Every sitemap. */
    public static final String SITEMAPS = "sitemaps";

    /**
     * A lookup that found nothing (a 404): emptied whenever something new becomes
     * visible.
     */
    public static final String ABSENT = "absent";

    /** Every cached entry: for a change that cannot say what it touched. */
    public static final String EVERYTHING = "*";

    private static final ThreadLocal<Deque<Set<String>>> COLLECTING = ThreadLocal.withInitial(ArrayDeque::new);

    private CacheTags() {
    }

    public static String article(long id) {
        return "article:" + id;
    }

    public static String country(long id) {
        return "country:" + id;
    }

    public static String person(long id) {
        return "person:" + id;
    }

    public static String event(long id) {
        return "event:" + id;
    }

    /** The bilateral page of two countries, whichever order they come in. */
    public static String relation(long a, long b) {
        return "relation:" + Math.min(a, b) + "-" + Math.max(a, b);
    }

    /**
     * Notes that the cached result being computed on this thread shows {@code tag}; does
     * nothing outside the cache.
     */
    public static void add(String tag) {
        Set<String> current = COLLECTING.get().peek();
        if (current != null) {
            current.add(tag);
        }
    }

    public static void addAll(Collection<String> tags) {
        Set<String> current = COLLECTING.get().peek();
        if (current != null) {
            current.addAll(tags);
        }
    }

    /**
     * Runs {@code work}, gathering into {@code into} the tags it adds. A cached result
     * computed inside another one passes its tags on to the outer one too: the outer
     * shows what the inner shows.
     */
    public static <T> T collect(Set<String> into, Callable<T> work) throws Exception {
        Deque<Set<String>> stack = COLLECTING.get();
        stack.push(into);
        try {
            return work.call();
        }
        finally {
            stack.pop();
            if (stack.isEmpty()) {
                COLLECTING.remove();
            }
            else {
                stack.peek().addAll(into);
            }
        }
    }

}
