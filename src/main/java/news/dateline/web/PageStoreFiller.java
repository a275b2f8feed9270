package news.dateline.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PGInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Renders the story pages the {@link PageStore} does not hold, so that a reader or a
 * crawler asking for any story, however old, gets one indexed read rather than a render:
 * <ul>
 * <li><b>After a change</b>, once it has committed: the pages of the stories it names
 * ({@code article:<id>}: the story itself and the stories whose related news it enters or
 * leaves), here or on another node, first.</li>
 * <li><b>The archive</b>, from its newest story down, a batch of addresses at a time:
 * each address whose stored page is missing, of an earlier build, changed since, or due
 * to reach {@code max-age} within {@code fill.ahead}. A pass over the whole archive is
 * followed by another {@code fill.every} later, or at once after a change naming people,
 * events or everything; in between, the stored pages due for renewal are looked up by
 * their age (one indexed statement) each time it wakes, every half lease.</li>
 * <li>Each page is asked of this node over HTTP, as an anonymous reader asks it (the
 * loopback address, no cookie): the page cache renders it, keeps it and writes it to the
 * store exactly as for a reader, with the same bytes. {@code fill.concurrency} pages at a
 * time (two by default: one renders while the other waits on the database), and a pause
 * after each group as long as the {@code fill.share} leaves: readers keep the rest.</li>
 * <li>One node at a time fills (a lease in {@code page_store_filler}, renewed with each
 * batch): two nodes never render the archive twice. Another node takes over when the
 * holder stops or dies, once its lease has run out.</li>
 * </ul>
 * The database away or the page refused: one WARN line a minute at most, and it tries
 * again later.
 */
@Component
public class PageStoreFiller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PageStoreFiller.class);

    /** How long to wait after a failure (the database away, the server not answering). */
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(10);

    private static final String HTTPS = "https:";

    /** How often a resting filler looks at the requests the server runs. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(2);

    /** How long the readers must leave a processor free before a render. */
    private static final Duration QUIET = Duration.ofMillis(10);

    private final PageStore store;

    private final ObjectProvider<StoredPageAddresses> addresses;

    private final JdbcTemplate jdbc;

    private final PageStoreProperties.Fill properties;

    private final SiteProperties site;

    private final Environment environment;

    private final ApplicationContext context;

    /**
     * Sent with each request: the page is rendered again even where memory or the store
     * holds it.
     */
    private final String renderSecret;

    /** The requests the server is running now ({@link PageCache#running}). */
    private final AtomicInteger running;

    private final int processors = Runtime.getRuntime().availableProcessors();

    /** Renders that waited for the readers, for the metrics. */
    private final AtomicLong waitedForReaders = new AtomicLong();

    /**
     * The times a waiting render found the readers still busy; guarded by {@code this}.
     */
    private long looks;

    private final String node = UUID.randomUUID().toString();

    private final HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    /** Tags of committed changes not yet looked at; guarded by {@code this}. */
    private final Set<String> changed = new LinkedHashSet<>();

    /**
     * Set when there is work to look at (a change, or the stop); guarded by {@code this}.
     */
    private boolean woken;

    /**
     * A change named more than stories: the next pass begins now; guarded by
     * {@code this}.
     */
    private boolean passSoon;

    /** Between passes, with no change waiting; guarded by {@code this}. */
    private boolean idle;

    private final AtomicLong rendered = new AtomicLong();

    private final AtomicLong passes = new AtomicLong();

    private volatile @Nullable Thread thread;

    private volatile boolean stopping;

    /** This node holds the filler's lease, as of its last renewal. */
    private volatile boolean leased;

    private volatile long lastWarning;

    PageStoreFiller(PageStore store, PageCache pages, ObjectProvider<StoredPageAddresses> addresses, JdbcTemplate jdbc,
            PageStoreProperties properties, SiteProperties site, Environment environment, ApplicationContext context) {
        this.context = context;
        this.renderSecret = pages.renderSecret();
        this.running = pages.running();
        this.store = store;
        this.addresses = addresses;
        this.jdbc = jdbc;
        this.properties = properties.fill();
        this.site = site;
        this.environment = environment;
    }

    /** Starts once the application's own server listens (not the management server's). */
    @EventListener
    public void on(ServletWebServerInitializedEvent started) {
        if (started.getApplicationContext().getServerNamespace() != null || !properties.enabled() || !store.enabled()
                || addresses.getIfAvailable() == null || thread != null) {
            return;
        }
        URI root = URI.create("http://" + host() + ":" + started.getWebServer().getPort());
        thread = Thread.ofPlatform().name("page-store-filler").daemon(true).start(() -> run(root));
    }

    /**
     * The stored pages' tags a change on this node marked, once it has committed and the
     * caches are emptied ({@code ReaderCache.Evictor}): the pages of the stories named
     * ({@code article:<id>}) are rendered before the archive's next batch; a tag naming
     * more than a story (a person's roles, an event's claims, everything) brings the next
     * pass forward. Ignored on a node that is not filling (the one that is hears of it as
     * a {@link ClusterInvalidation.Refill}).
     */
    void changed(Set<String> stored) {
        if (thread == null) {
            return;
        }
        synchronized (this) {
            boolean wake = false;
            for (String tag : stored) {
                if (tag.startsWith("article:")) {
                    wake |= changed.add(tag);
                }
                else {
                    wake |= !passSoon;
                    passSoon = true;
                }
            }
            if (wake) {
                idle = false;
                woken = true;
                notifyAll();
            }
        }
    }

    /**
     * Whether this node is the one filling the store (it held the lease at its last
     * renewal): then its own changes need not be told to the other nodes.
     */
    boolean filling() {
        return leased && !stopping;
    }

    /**
     * The stored pages' tags another node's change marked, sent once its marks had
     * committed (a page rendered on hearing of the change itself could be voided by its
     * second mark): as {@link #changed}.
     */
    @EventListener
    public void on(ClusterInvalidation.Refill refill) {
        changed(refill.tags());
    }

    private void run(URI root) {
        if (!pause(properties.startAfter(), false)) {
            return;
        }
        long below = Long.MAX_VALUE;
        long nextPass = System.nanoTime();
        List<String> lastDue = List.of();
        while (!stopping) {
            try {
                // false while the renewal runs: if it throws, this node's own
                // changes go to the other nodes rather than nowhere
                leased = false;
                leased = lease();
                if (!leased) {
                    below = Long.MAX_VALUE;
                    forget();
                    pause(properties.lease().dividedBy(2), false);
                    continue;
                }
                Set<String> tags = takeChanged();
                if (!tags.isEmpty()) {
                    renderAll(root, unserved(addresses.getObject().named(tags), Duration.ZERO));
                    continue;
                }
                if (below == Long.MAX_VALUE && System.nanoTime() - nextPass < 0 && !takePassSoon()) {
                    // between passes: the pages due for renewal (one indexed
                    // statement), then rest; the lease renewed every half lease,
                    // so that no other node starts a pass
                    List<String> due = store.due(properties.ahead(), Math.max(1, properties.batch()))
                        .stream()
                        .filter(key -> key.startsWith(HTTPS) == secure())
                        .map(this::path)
                        .toList();
                    if (!due.isEmpty() && !due.equals(lastDue)) {
                        renderAll(root, due);
                        // written before the next look, which would find them due still
                        store.flush();
                        lastDue = due;
                        continue;
                    }
                    // the same pages still due (not stored again: the database
                    // away, the queue full) wait for the next wake, not a loop
                    lastDue = List.of();
                    long rest = Math.min(nextPass - System.nanoTime(), properties.lease().toNanos() / 2);
                    resting(true);
                    pause(Duration.ofNanos(rest), true);
                    resting(false);
                    continue;
                }
                StoredPageAddresses.Batch batch = addresses.getObject().next(below, Math.max(1, properties.batch()));
                if (batch.addresses().isEmpty()) {
                    below = Long.MAX_VALUE;
                    passes.incrementAndGet();
                    nextPass = System.nanoTime() + properties.every().toNanos();
                    continue;
                }
                below = batch.last();
                renderAll(root, unserved(batch.addresses(), properties.ahead()));
            }
            catch (IOException | RuntimeException e) {
                // the database away, the server not answering, anything else: it goes on
                warn(e);
                pause(AFTER_FAILURE, false);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Takes (or renews) the filler's turn for this node: one statement; false when
     * another node holds it.
     */
    private boolean lease() {
        return jdbc.update("""
                insert into page_store_filler (id, node, until) values (1, ?, statement_timestamp() + ?)
                on conflict (id) do update set node = excluded.node, until = excluded.until
                where page_store_filler.node = excluded.node or page_store_filler.until < statement_timestamp()""",
                statement -> {
                    statement.setString(1, node);
                    statement.setObject(2, new PGInterval(0, 0, 0, 0, 0, properties.lease().toSeconds()));
                }) == 1;
    }

    private void renderAll(URI root, List<String> paths) throws IOException, InterruptedException {
        Duration rest = Duration.ZERO;
        int atOnce = Math.max(1, properties.concurrency());
        for (int from = 0; from < paths.size(); from += atOnce) {
            if (!rest(rest)) {
                return;
            }
            long began = System.nanoTime();
            render(root, paths.subList(from, Math.min(paths.size(), from + atOnce)));
            long took = System.nanoTime() - began;
            double share = Math.min(1, Math.max(0.01, properties.share()));
            rest = Duration.ofNanos((long) (took * (1 - share) / share));
        }
    }

    /**
     * The pause before a render: {@code rest} (what {@code fill.share} leaves after the
     * last render, none before the first of a batch or at {@code share=1}), looking at
     * the requests the server runs every {@link #LOOK_EVERY} and at its end; and readers
     * first: if at any look they outnumbered the processors, it goes on waiting until
     * they have not for {@link #QUIET}, at most {@code readers-first}, so that the store
     * still fills under a load that never lets up. A count of the requests running at one
     * moment dips between requests even under a full load: a look over some time is
     * needed.
     * @return false when stopping
     */
    private boolean rest(Duration rest) {
        if (properties.readersFirst().isZero()) {
            return pause(rest, false);
        }
        if (quiet(rest)) {
            return !stopping;
        }
        waitedForReaders.incrementAndGet();
        long until = System.nanoTime() + properties.readersFirst().toNanos();
        while (!stopping && System.nanoTime() - until < 0) {
            synchronized (this) {
                looks++;
                notifyAll();
            }
            if (quiet(QUIET)) {
                break;
            }
        }
        return !stopping;
    }

    /**
     * Waits this long (less when stopping), looking every {@link #LOOK_EVERY}, and at its
     * end: whether the server ran no more requests than there are processors at every
     * look.
     */
    private boolean quiet(Duration length) {
        long until = System.nanoTime() + length.toNanos();
        boolean quiet = true;
        long left;
        while ((left = until - System.nanoTime()) > 0 && !stopping) {
            quiet &= running.get() <= processors;
            pause(Duration.ofNanos(Math.min(left, LOOK_EVERY.toNanos())), false);
        }
        return quiet && running.get() <= processors;
    }

    /** How many renders have waited for the readers so far, for the metrics. */
    long waitedForReaders() {
        return waitedForReaders.get();
    }

    /** The times a render waiting for the readers found them still busy (tests). */
    synchronized long looks() {
        return looks;
    }

    /**
     * Waits until a waiting render has found the readers busy {@code count} times
     * (tests).
     */
    synchronized void awaitLooks(long count, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        long left;
        while (looks < count) {
            if ((left = until - System.nanoTime()) <= 0) {
                throw new IllegalStateException("no render waited for the readers within " + atMost);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * Asks this node for the pages as an anonymous reader, all at once: the page cache
     * stores them.
     */
    private void render(URI root, List<String> paths) throws IOException, InterruptedException {
        List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
        try {
            for (String path : paths) {
                responses.add(http.sendAsync(request(root, path), HttpResponse.BodyHandlers.discarding()));
            }
            for (int i = 0; i < paths.size(); i++) {
                HttpResponse<Void> response;
                try {
                    response = responses.get(i).get();
                }
                catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
                answered(paths.get(i), response);
            }
        }
        finally {
            responses.forEach(response -> response.cancel(true));
        }
    }

    private HttpRequest request(URI root, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "text/html")
            .header("Accept-Encoding", "gzip")
            .header("User-Agent", "Dateline page store filler")
            .header(PageCache.RENDER_HEADER, renderSecret);
        if (secure()) {
            // readers come through a TLS proxy: the page is kept under its https address
            request.header("X-Forwarded-Proto", "https");
        }
        return request.GET().build();
    }

    private void answered(String path, HttpResponse<Void> response) {
        if (response.statusCode() != 200 && response.statusCode() < 500) {
            // withdrawn or renamed since: a stored page of this address is not renewed
            // again
            store.forget(key(path));
        }
        if (response.statusCode() == 200) {
            rendered.incrementAndGet();
            if (secure() && response.headers().firstValue("Strict-Transport-Security").isEmpty()) {
                log.warn("Page store filler: this node does not take its own requests for HTTPS ones, so the pages "
                        + "it renders are not those readers ask for; stopped. List 127.0.0.1 in "
                        + "dateline.http.trusted-proxies, or set dateline.page-store.fill.enabled=false");
                stopping = true;
            }
        }
        else {
            log.debug("Page store filler: {} answered {}", path, response.statusCode());
        }
    }

    /** Another node fills: what this one heard is that node's to render. */
    private synchronized void forget() {
        changed.clear();
        passSoon = false;
        woken = false;
    }

    private synchronized boolean takePassSoon() {
        boolean soon = passSoon;
        passSoon = false;
        return soon;
    }

    /**
     * Readers come through a TLS proxy: their pages are kept under {@code https:} keys.
     */
    private boolean secure() {
        return site.baseUrl().startsWith(HTTPS);
    }

    /** The page store's key of a path, as readers' requests make it. */
    private String key(String path) {
        return secure() ? HTTPS + path : path;
    }

    /** The path a page store key of this node's scheme stands for. */
    private String path(String key) {
        return key.substring(secure() ? HTTPS.length() : 0);
    }

    /** Which of these paths the store does not hold, or not for long enough. */
    private List<String> unserved(List<String> paths, Duration ahead) {
        return store.unserved(paths.stream().map(this::key).toList(), ahead).stream().map(this::path).toList();
    }

    private synchronized Set<String> takeChanged() {
        Set<String> taken = new LinkedHashSet<>(changed);
        changed.clear();
        woken = false;
        return taken;
    }

    private synchronized void resting(boolean resting) {
        idle = resting && changed.isEmpty() && !passSoon;
        notifyAll();
    }

    /**
     * Waits this long, or less when stopping (or, if {@code wakeable}, when a change
     * comes).
     * @return false when stopping
     */
    private synchronized boolean pause(Duration length, boolean wakeable) {
        long until = System.nanoTime() + length.toNanos();
        try {
            long left;
            while (!stopping && !(wakeable && woken) && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopping;
    }

    /**
     * Waits until the filler has been over the whole archive and every change heard so
     * far (tests): the pages it rendered are then written or queued
     * ({@link PageStore#flush}).
     */
    public synchronized void awaitIdle(Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        long left;
        while (!idle || !changed.isEmpty() || passSoon) {
            if ((left = until - System.nanoTime()) <= 0) {
                throw new IllegalStateException("the page store filler was still busy after " + atMost);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * Stops before the server does (the context closing): no request is sent to a server
     * that is draining.
     */
    @EventListener
    public void on(ContextClosedEvent closing) {
        if (closing.getApplicationContext() == context) {
            stopping = true;
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Story pages rendered for the store since the start, for the metrics. */
    long rendered() {
        return rendered.get();
    }

    /** Passes over the whole archive finished since the start, for the metrics. */
    long passes() {
        return passes.get();
    }

    private String host() {
        String address = environment.getProperty("server.address");
        if (address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) {
            address = InetAddress.getLoopbackAddress().getHostAddress();
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }

    private void warn(Exception e) {
        if (stopping) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastWarning > TimeUnit.MINUTES.toNanos(1)) {
            lastWarning = now;
            log.warn("Page store filler: {}; trying again in {} s",
                    e instanceof DataAccessException data && DatabaseFailures.unreachable(data)
                            ? "the database is not reachable" : e.toString(),
                    AFTER_FAILURE.toSeconds());
        }
    }

    @Override
    public void destroy() {
        stopping = true;
        synchronized (this) {
            notifyAll();
        }
        Thread running = thread;
        if (running != null) {
            running.interrupt();
            try {
                jdbc.update("delete from page_store_filler where node = ?", node);
            }
            catch (DataAccessException e) {
                log.debug("Page store filler: lease not given back", e);
            }
        }
    }

}
