package news.dateline.search;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What PostgreSQL's statistics say about the archive, read every few minutes rather than
 * on every search, so that a search can choose how to find its latest matches without a
 * statement of its own (reading them costs about 4 ms at a million stories): how common
 * each frequent word is, how many stories there are, and the dates that cut the stories
 * into a hundred equal parts.
 * <p>
 * A search's way ({@link Route}) follows from those figures by a cost model measured at a
 * million stories (docs/performance.md). Whichever way is taken, the search gives the
 * same stories: the route changes only how many rows PostgreSQL reads to find them.
 */
@Component
public class SearchStatistics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchStatistics.class);

    /**
     * Relative costs per row at a million stories, between what EXPLAIN ANALYZE shows
     * with every page in memory and what pages read from outside PostgreSQL's buffers
     * cost: a match taken from the full-text index's posting list, a story's row read
     * from the heap (a page of its own), an entry of the date index put in a bitmap
     * (hundreds to a page), and a story read newest first and its words tested (three or
     * so to a page).
     */
    static final double POSTING = 0.25, HEAP_ROW = 2.0, DATE_ENTRY = 0.05, WALKED_ROW = 1.5;

    /** How many more matches than wanted the window of latest stories is cut for. */
    static final double WINDOW_MARGIN = 2.0;

    /**
     * How much wider the second window is, searched when the first held too few (the
     * stories before it are searched only when both did).
     */
    static final double WIDER = 4.0;

    /** The largest share of the archive a first window covers. */
    static final double MAX_WINDOW = 0.1;

    /** How a search finds the latest stories that match. */
    public enum Way {

        /** Every match the full-text index gives, sorted by date: a rare word. */
        ALL_MATCHES,

        /**
         * The full-text index's matches among the stories published since a date (a
         * bitmap of the date index), with the older stories searched only when the window
         * held too few: a word in a few percent of the stories.
         */
        LATEST_WINDOW,

        /** The published stories newest first, each tested, until enough match. */
        WALK

    }

    /**
     * @param since where {@link Way#LATEST_WINDOW} starts, else null
     * @param wider where its second, wider window starts, or null: the stories before
     * {@code since}
     */
    public record Route(Way way, Instant since, Instant wider) {

        static final Route ALL = new Route(Way.ALL_MATCHES, null, null);

        static final Route WALK = new Route(Way.WALK, null, null);

    }

    /**
     * @param shares the share of the stories holding each of the most common words
     * @param unlisted the share taken for a word the statistics do not list
     * @param stories how many stories there are
     * @param bounds the dates cutting the stories into equal parts, oldest first
     */
    record Snapshot(Map<String, Double> shares, double unlisted, double stories, List<Instant> bounds) {

        static final Snapshot NONE = new Snapshot(Map.of(), 0, 0, List.of());

        /**
         * The share of the stories that hold all these words, at least: the product of
         * their shares, as if they were independent (the planner's own guess).
         */
        double fewest(Collection<String> words) {
            double share = 1;
            for (String word : words) {
                share *= shares.getOrDefault(word, unlisted);
            }
            return Math.max(share, 1e-9);
        }

        /**
         * The share of the stories that hold all these words, at most: the rarest word's,
         * as if the others always came with it ("saudi arabia", a name's words).
         */
        double most(Collection<String> words) {
            double share = 1;
            for (String word : words) {
                share = Math.min(share, shares.getOrDefault(word, unlisted));
            }
            return Math.max(share, 1e-9);
        }

        /**
         * The way whose cost is the lowest at its worst, the words' share being anywhere
         * between {@link #fewest} and {@link #most} (the same for one word): taking all
         * the matches costs most when they are many, walking when they are few; a window
         * is cut for the most matches, and when they are fewer its second, wider window
         * (or the stories before it) finds the rest.
         */
        Route route(Collection<String> words, int wanted) {
            if (shares.isEmpty() || words.isEmpty() || stories < 1) {
                return Route.ALL; // a new database, or only stop words
            }
            double fewest = fewest(words);
            double most = most(words);
            double all = most * stories * (POSTING + HEAP_ROW);
            double walk = wanted / fewest * WALKED_ROW;
            double newest = WINDOW_MARGIN * wanted / most;
            // no window of more than a tenth of the archive: the planner reads so large a
            // share of a small archive whole
            Instant since = newest <= stories * MAX_WINDOW ? since(newest / stories) : null;
            // the window's margin covers matches down to half as many as cut for
            boolean covered = fewest * WINDOW_MARGIN >= most;
            double dated = covered ? newest : (1 + WIDER) * newest;
            // the wider window also when one should do: the stories before it can be many
            Instant wider = WIDER * newest < stories / 2 ? since(WIDER * newest / stories) : null;
            double window = since == null ? Double.MAX_VALUE : most * stories * POSTING
                    + Math.min(dated, stories) * DATE_ENTRY + WINDOW_MARGIN * wanted * HEAP_ROW * (covered ? 1 : 2);
            if (walk <= all && walk <= window) {
                return Route.WALK;
            }
            return window < all ? new Route(Way.LATEST_WINDOW, since, wider) : Route.ALL;
        }

        /** The date after which about this fraction of the stories was published. */
        Instant since(double fraction) {
            if (bounds.size() < 2) {
                return null;
            }
            int parts = bounds.size() - 1;
            int index = (int) Math.floor(parts * (1 - fraction));
            return bounds.get(Math.max(0, Math.min(parts, index)));
        }
    }

    private final JdbcClient jdbc;

    private final SearchProperties properties;

    private volatile Snapshot current = Snapshot.NONE;

    private volatile ScheduledExecutorService refreshing;

    SearchStatistics(JdbcClient jdbc, SearchProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** How to find the latest {@code wanted} stories holding all these words. */
    public Route route(Collection<String> words, int wanted) {
        return current.route(words, wanted);
    }

    /**
     * From the start, the statistics are read again in the background every
     * {@code dateline.search.statistics-refresh} (they change when autovacuum analyzes
     * the archive), on every node whether or not it publishes scheduled stories.
     */
    @EventListener(ApplicationReadyEvent.class)
    void refreshInTheBackground() {
        long every = properties.statisticsRefresh().toMillis();
        if (every <= 0 || refreshing != null) {
            return;
        }
        refreshing = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-statistics").daemon(true).factory());
        refreshing.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (refreshing != null) {
            refreshing.shutdownNow();
        }
    }

    /** Reads the statistics now: what a test does after it has analyzed an archive. */
    public void refresh() {
        try {
            current = read();
        }
        catch (DataAccessException e) {
            log.warn("Search statistics not read, the last ones are kept: {}", e.getMostSpecificCause().getMessage());
        }
        catch (RuntimeException e) {
            log.warn("Search statistics not read, the last ones are kept", e);
        }
    }

    private Snapshot read() {
        return jdbc
            .sql("""
                    select (select s.most_common_elems::text::text[] from pg_stats s
                            where s.schemaname = current_schema() and s.tablename = 'article' and s.attname = 'search_vector') as words,
                           (select s.most_common_elem_freqs from pg_stats s
                            where s.schemaname = current_schema() and s.tablename = 'article' and s.attname = 'search_vector') as shares,
                           (select s.histogram_bounds::text::timestamptz[] from pg_stats s
                            where s.schemaname = current_schema() and s.tablename = 'article' and s.attname = 'published_at') as bounds,
                           c.reltuples as stories
                    from pg_class c where c.oid = 'article'::regclass""")
            .query(rs -> {
                if (!rs.next()) {
                    return Snapshot.NONE;
                }
                Object[] words = values(rs.getArray("words"));
                Object[] shares = values(rs.getArray("shares"));
                Object[] bounds = values(rs.getArray("bounds"));
                double stories = rs.getDouble("stories");
                if (words.length == 0 || shares.length <= words.length) {
                    return Snapshot.NONE;
                }
                Map<String, Double> byWord = new HashMap<>();
                for (int i = 0; i < words.length; i++) {
                    byWord.put((String) words[i], ((Number) shares[i]).doubleValue());
                }
                // after the words' shares come the lowest and the highest of them: a word
                // not listed is taken as half as common as the rarest listed, at most 0.5
                // %
                double unlisted = Math.min(((Number) shares[words.length]).doubleValue() / 2, 0.005);
                List<Instant> dates = new ArrayList<>();
                for (Object bound : bounds) {
                    dates.add(((Timestamp) bound).toInstant());
                }
                return new Snapshot(Map.copyOf(byWord), unlisted, stories, List.copyOf(dates));
            });
    }

    private static Object[] values(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

}
