package news.dateline.web;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import news.dateline.shared.CacheTags;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PGInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Story pages as they were rendered, gzipped, kept in PostgreSQL ({@code stored_page})
 * beneath the page cache in memory, for every node: a story's page not in memory is one
 * indexed read, not a render (its statements, related news, Thymeleaf), once anyone has
 * asked for it since it last changed: a reader, a crawler, or a node since restarted.
 *
 * <ul>
 * <li>Only story pages ({@code /articles/...}), the bulk of an archive and of a crawl:
 * the pages of countries, people and events change with every story about them.</li>
 * <li>A stored page is served while it is younger than {@code max-age} and nothing it
 * shows changed after its render began. A page an earlier build of the portal rendered is
 * served too (unless {@code earlier-builds} is off), as a page due for its refresh: the
 * next reader of it on this node, or the filler, renders it again with this build's
 * templates, and that render is stored; its style sheet is still served
 * ({@link EarlierStyleSheets}). So an upgrade does not turn every stored page into a
 * render. Each change writes its {@link news.dateline.shared.PagesChanged#storedPages()
 * stored pages' tags} with the time ({@code stored_page_change}), in the changing
 * transaction just before it commits and again in one of its own once it has. A story's
 * change names the story and the stories whose related news may show it; a person's roles
 * or an event's claims name them; a change to the people, events or countries themselves
 * names everything. What no change names (the "Latest from" list of a story without
 * related news) is at most {@code max-age} old.</li>
 * <li>Pages are written by one background thread, in batches, after they were sent; when
 * it falls behind, pages are left unstored rather than readers kept waiting.</li>
 * <li>The database away: a lookup is a miss, a write is dropped; the page cache's own
 * answer (its last good bytes, or 503) stands.</li>
 * </ul>
 */
public final class PageStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PageStore.class);

    /** The addresses kept: story pages. */
    static final String PREFIX = "/articles/";

    /**
     * When the stored page {@code p} may still be served: younger than the age given (the
     * parameter), and nothing it shows changed since.
     */
    private static final String UNCHANGED = """
            p.stored_at > statement_timestamp() - ?
            and not exists (select 1 from stored_page_change c where c.tag = any(p.tags) and c.changed_at >= p.stored_at)""";

    /**
     * When the stored page {@code p} may be served and need not be rendered again:
     * rendered by this build (first parameter) and {@link #UNCHANGED} (second).
     */
    private static final String SERVABLE = "p.build = ? and " + UNCHANGED;

    /**
     * The page for an address (second parameter) that may be served, with whether this
     * build (first parameter) rendered it; the age, and again the build when an earlier
     * build's pages are not served, follow.
     */
    static final String FIND = """
            select statement_timestamp() as at, p.build = ? as current, p.content_type, p.headers, p.etag,
                   p.last_modified, p.tags, p.gzipped, p.body
            from (select 1) as one
            left join stored_page p on p.path = ? and\s""" + UNCHANGED;

    private static final String KEEP = """
            insert into stored_page (path, build, stored_at, content_type, headers, etag, last_modified, tags,
                                     gzipped, body)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (path) do update set build = excluded.build, stored_at = excluded.stored_at,
                content_type = excluded.content_type, headers = excluded.headers, etag = excluded.etag,
                last_modified = excluded.last_modified, tags = excluded.tags, gzipped = excluded.gzipped,
                body = excluded.body
            where stored_page.stored_at < excluded.stored_at or stored_page.build <> excluded.build""";

    private final JdbcTemplate jdbc;

    private final TransactionTemplate ownTransaction;

    private final PageStoreProperties properties;

    private final String build;

    private final BlockingQueue<Kept> queue;

    private final Thread writer;

    /** Pages written, and dropped (queue full or a failed write), for the metrics. */
    private final AtomicLong written = new AtomicLong();

    private final AtomicLong dropped = new AtomicLong();

    /** Lookups that found a page to serve, and that did not. */
    private final AtomicLong hits = new AtomicLong();

    private final AtomicLong misses = new AtomicLong();

    /** Of the hits, pages an earlier build rendered. */
    private final AtomicLong earlierBuildHits = new AtomicLong();

    /** Pages queued since the start, and of those, written or dropped by the writer. */
    private final AtomicLong queued = new AtomicLong();

    private final AtomicLong done = new AtomicLong();

    private volatile long lastWarning;

    PageStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, PageStoreProperties properties,
            String build) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.properties = properties;
        this.build = build;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, properties.queue()));
        this.writer = Thread.ofPlatform().name("page-store-writer").daemon(true).unstarted(this::write);
        if (properties.enabled()) {
            writer.start();
            if (properties.sweepEvery().isPositive()) {
                sweeper = Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().name("page-store-sweep").daemon(true).factory());
                long every = properties.sweepEvery().toMillis();
                sweeper.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
            }
        }
    }

    private @Nullable ScheduledExecutorService sweeper;

    private void sweepQuietly() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                log.debug("Page store: {} rows too old deleted", deleted);
            }
        }
        catch (RuntimeException e) {
            warn("could not delete old stored pages", e);
        }
    }

    /** A page to write, and when the database's clock said its render began. */
    private record Kept(String key, RenderedPage page, Timestamp renderedFrom) {
    }

    /**
     * What a lookup found: the page, or null; and the database's time of the lookup, from
     * which a render that follows counts (null when the database did not answer: then the
     * render is not stored).
     */
    record Found(@Nullable RenderedPage page, @Nullable Timestamp at) {
    }

    /**
     * Whether this address's page may be kept here: a story page, over HTTP or HTTPS (the
     * page cache's key for HTTPS starts with {@code https:}), without a query string (a
     * story page has no parameters, and an address with made-up ones must not add a row
     * each to the table).
     */
    boolean holds(String key) {
        return properties.enabled() && (key.startsWith(PREFIX) || key.startsWith("https:" + PREFIX))
                && key.indexOf('?') < 0;
    }

    /**
     * No page, and the database's time now, from which a render that follows counts (a
     * render that replaces the stored page whatever it is); not counted as a hit or a
     * miss. Never throws.
     */
    Found now() {
        try {
            return new Found(null, jdbc.queryForObject("select statement_timestamp()", Timestamp.class));
        }
        catch (DataAccessException e) {
            warn("could not read the database's time", e);
            return new Found(null, null);
        }
    }

    /**
     * The stored page for this address, if it may still be served; never throws.
     * @param renderedAt the {@code System.nanoTime()} to give the page in memory
     */
    Found find(String key, long renderedAt) {
        boolean earlierBuilds = properties.earlierBuilds();
        try {
            return jdbc.query(earlierBuilds ? FIND : FIND + " and p.build = ?", statement -> {
                statement.setString(1, build);
                statement.setString(2, key);
                statement.setObject(3, interval());
                if (!earlierBuilds) {
                    statement.setString(4, build);
                }
            }, (ResultSet row) -> {
                row.next();
                Timestamp at = row.getTimestamp("at");
                String contentType = row.getString("content_type");
                if (contentType == null) {
                    misses.incrementAndGet();
                    return new Found(null, at);
                }
                hits.incrementAndGet();
                boolean earlier = !row.getBoolean("current");
                if (earlier) {
                    earlierBuildHits.incrementAndGet();
                }
                byte[] stored = row.getBytes("body");
                boolean gzipped = row.getBoolean("gzipped");
                List<RenderedPage.Header> headers = new ArrayList<>();
                String[] pairs = strings(row.getArray("headers"));
                for (int i = 0; i + 1 < pairs.length; i += 2) {
                    headers.add(new RenderedPage.Header(pairs[i], pairs[i + 1]));
                }
                Set<String> tags = new HashSet<>(List.of(strings(row.getArray("tags"))));
                tags.remove(CacheTags.EVERYTHING);
                // kept gzipped: unzipped only for a reader without gzip
                return new Found(new RenderedPage(gzipped ? null : stored, gzipped ? stored : null, contentType,
                        row.getString("etag"), row.getLong("last_modified"), List.copyOf(headers), Set.copyOf(tags),
                        renderedAt, true, new AtomicBoolean(), earlier), at);
            });
        }
        catch (DataAccessException e) {
            warn("could not read a stored page", e);
            return new Found(null, null);
        }
    }

    /**
     * Which of these addresses have no stored page that may be served for at least
     * {@code ahead} more (missing, of an earlier build, changed since it was rendered, or
     * older than {@code max-age} minus {@code ahead}): one statement, a primary-key step
     * per address. Empty when the store is off; throws when the database does not answer.
     */
    public List<String> unserved(List<String> keys, java.time.Duration ahead) {
        if (!properties.enabled() || keys.isEmpty()) {
            return List.of();
        }
        long seconds = Math.max(0, properties.maxAge().minus(ahead).toSeconds());
        return jdbc.query("""
                select k.path from unnest(?) with ordinality as k (path, n)
                where not exists (select 1 from stored_page p where p.path = k.path and\s""" + SERVABLE + """
                )
                order by k.n""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", keys.toArray()));
            statement.setString(2, build);
            statement.setObject(3, new PGInterval(0, 0, 0, 0, 0, seconds));
        }, (row, n) -> row.getString(1));
    }

    /**
     * Up to {@code limit} stored pages of this build due to reach {@code max-age} within
     * {@code ahead}, the oldest first: one range of {@code stored_page_stored_at}.
     */
    List<String> due(java.time.Duration ahead, int limit) {
        if (!properties.enabled()) {
            return List.of();
        }
        long seconds = Math.max(0, properties.maxAge().minus(ahead).toSeconds());
        return jdbc.query("""
                select path from stored_page where stored_at < statement_timestamp() - ? and build = ?
                order by stored_at limit ?""", statement -> {
            statement.setObject(1, new PGInterval(0, 0, 0, 0, 0, seconds));
            statement.setString(2, build);
            statement.setInt(3, limit);
        }, (row, n) -> row.getString(1));
    }

    /**
     * Deletes the stored page of an address that no longer answers with a page (a story
     * withdrawn or renamed): it is not looked for again.
     */
    void forget(String key) {
        if (properties.enabled()) {
            jdbc.update("delete from stored_page where path = ?", key);
        }
    }

    /** Whether the store is on: a page rendered now may be kept. */
    boolean enabled() {
        return properties.enabled();
    }

    /**
     * Queues a page to be written, rendered from the database's time {@code renderedFrom}
     * on; dropped when the writer is that far behind.
     */
    void keep(String key, RenderedPage page, Timestamp renderedFrom) {
        if (!holds(key)) {
            return;
        }
        queued.incrementAndGet();
        if (!queue.offer(new Kept(key, page, renderedFrom))) {
            dropped.incrementAndGet();
            finished(1);
            log.debug("page store queue full: {} not stored", key);
        }
    }

    /**
     * Notes that what these tags name changed now: stored pages showing one of them,
     * rendered from before now, are no longer served. Called inside the changing
     * transaction, just before it commits ({@code ReaderCache.Evictor}), so that the mark
     * commits with the change and with the other nodes' notification: no node can empty
     * its memory and then find the old page still good in the store. A failure fails the
     * transaction, as any of its statements would.
     */
    void mark(Set<String> tags) {
        if (!properties.enabled() || tags.isEmpty()) {
            return;
        }
        jdbc.update(
                """
                        insert into stored_page_change (tag, changed_at) select tag, clock_timestamp() from unnest(?) as t (tag)
                        on conflict (tag) do update set changed_at = greatest(stored_page_change.changed_at, excluded.changed_at)""",
                statement -> statement.setArray(1,
                        statement.getConnection().createArrayOf("text", tags.stream().sorted().toArray())));
    }

    /**
     * {@link #mark} again once the change has committed, in a transaction of its own: a
     * render that began between the first mark and the commit read the rows from before
     * the change, and is not taken for newer. Also what a change outside any transaction
     * calls. A failure leaves the stored pages at most max-age old, with one line in the
     * log.
     */
    void changed(Set<String> tags) {
        if (!properties.enabled() || tags.isEmpty()) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> mark(tags));
        }
        catch (RuntimeException e) {
            warn("could not mark stored pages changed", e);
        }
    }

    /**
     * Deletes the pages too old to be served and the changes older than any page served:
     * a few thousand rows at a time, so that no sweep holds locks for long.
     * @return rows deleted
     */
    int sweep() {
        if (!properties.enabled()) {
            return 0;
        }
        int deleted = 0;
        int batch;
        do {
            // by age alone, a range of stored_page_stored_at: a page of an earlier build
            // is overwritten by its next render, or goes with its age like any other
            batch = jdbc.update("""
                    delete from stored_page where path in (select path from stored_page
                    where stored_at < now() - ? limit 5000)""", statement -> statement.setObject(1, interval()));
            deleted += batch;
        }
        while (batch == 5000);
        deleted += jdbc.update("delete from stored_page_change where changed_at < now() - ?",
                statement -> statement.setObject(1, interval()));
        return deleted;
    }

    private PGInterval interval() {
        return new PGInterval(0, 0, 0, 0, 0, properties.maxAge().toMillis() / 1000.0);
    }

    /**
     * Waits until every page queued so far is written or dropped (tests: a page another
     * node should find).
     */
    public synchronized void flush() throws InterruptedException {
        long until = queued.get();
        while (done.get() < until) {
            wait();
        }
    }

    private synchronized void finished(int pages) {
        done.addAndGet(pages);
        notifyAll();
    }

    /** For the metrics ({@code CacheMetrics}): counts since the start. */
    long written() {
        return written.get();
    }

    long dropped() {
        return dropped.get();
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    long earlierBuildHits() {
        return earlierBuildHits.get();
    }

    private void write() {
        List<Kept> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, 99);
                try {
                    jdbc.batchUpdate(KEEP, batch, batch.size(), (statement, kept) -> {
                        RenderedPage page = kept.page();
                        String[] headers = new String[page.headers().size() * 2];
                        for (int i = 0; i < page.headers().size(); i++) {
                            headers[2 * i] = page.headers().get(i).name();
                            headers[2 * i + 1] = page.headers().get(i).value();
                        }
                        List<String> tags = new ArrayList<>(page.tags());
                        tags.add(CacheTags.EVERYTHING);
                        statement.setString(1, kept.key());
                        statement.setString(2, build);
                        statement.setTimestamp(3, kept.renderedFrom());
                        statement.setString(4, page.contentType());
                        statement.setArray(5, statement.getConnection().createArrayOf("text", headers));
                        statement.setString(6, page.etag());
                        statement.setLong(7, page.lastModified());
                        statement.setArray(8, statement.getConnection().createArrayOf("text", tags.toArray()));
                        statement.setBoolean(9, page.gzipped() != null);
                        statement.setBytes(10, page.gzipped() != null ? page.gzipped() : page.body());
                    });
                    written.addAndGet(batch.size());
                }
                catch (RuntimeException e) {
                    dropped.addAndGet(batch.size());
                    warn("could not store " + batch.size() + " pages", e);
                }
                finally {
                    finished(batch.size());
                    batch.clear();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** At most one line a minute: the database away fails every lookup. */
    private void warn(String what, RuntimeException e) {
        long now = System.nanoTime();
        if (now - lastWarning > TimeUnit.MINUTES.toNanos(1)) {
            lastWarning = now;
            log.warn("Page store: {} ({}); pages are rendered meanwhile", what,
                    DatabaseFailures.unreachable(e) ? "the database is not reachable" : e.toString());
        }
    }

    private static String[] strings(@Nullable Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    @Override
    public void destroy() {
        writer.interrupt();
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

}
