package news.dateline.web;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import news.dateline.shared.CacheTags;
import news.dateline.shared.PagesChanged;
import news.dateline.shared.PerTransaction;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes on one PostgreSQL keep their reader caches true through PostgreSQL's
 * {@code LISTEN/NOTIFY}, with no other infrastructure.
 *
 * <ul>
 * <li>{@link Publisher}: a change readers can see ({@link PagesChanged}) sends its tags
 * on the channel {@code dateline.cluster.channel} with {@code pg_notify}, inside the
 * transaction that makes the change, just before it commits. PostgreSQL delivers a
 * notification only when (and as soon as) its transaction commits, so no node hears of a
 * change that rolled back, or before it can read it. A payload is the sending node's id
 * and the tags, cut into several notifications when longer than PostgreSQL's 8,000 bytes.
 * Commands ({@code import}) send too, so running nodes hear of what they import.</li>
 * <li>{@link Listener}: in the web application, one connection of its own (not the
 * pool's) listens on a thread of its own and hands every other node's tags to this node
 * as a {@link Remote} change, the same event the local changes are: {@code ReaderCache}'s
 * evictor (query results and rendered pages) and {@code LastModified} take it through
 * their one {@code PagesChanged} listener. When the connection breaks (the database
 * restarted), it connects again every {@code dateline.cluster.reconnect-every}; since it
 * may have missed notifications meanwhile, it then empties everything.</li>
 * <li>{@link Publisher#refill}: once a committed change's stored pages are marked again,
 * their tags go out as a {@link Refill}, so that the node filling the page store
 * ({@code PageStoreFiller}), whichever it is, renders them again.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "dateline.cluster.enabled", matchIfMissing = true)
public class ClusterInvalidation {

    /** PostgreSQL's limit is 8,000 bytes; tags are ASCII. */
    static final int MAX_PAYLOAD = 7_000;

    private static final Logger log = LoggerFactory.getLogger(ClusterInvalidation.class);

    /**
     * This process, so that it skips its own notifications (its caches were emptied
     * already).
     */
    private final String node = UUID.randomUUID().toString().substring(0, 8);

    @Bean
    Publisher clusterPublisher(JdbcClient jdbc, PlatformTransactionManager transactions, ClusterProperties properties) {
        return new Publisher(node, jdbc, transactions, properties.channel());
    }

    @Bean
    @ConditionalOnWebApplication
    Listener clusterListener(DataSource dataSource, ApplicationEventPublisher events, ClusterProperties properties) {
        return new Listener(node, dataSource, events, properties);
    }

    /** Tags another node's committed change touched, heard through {@code LISTEN}. */
    public record Remote(Set<String> pages) implements PagesChanged {

        /** The node that made the change has marked the stored pages already. */
        @Override
        public Set<String> storedPages() {
            return Set.of();
        }

    }

    /**
     * Tags of stored pages another node marked changed (its second mark, committed): the
     * node filling the store renders the stories they name again, or starts a pass
     * ({@code PageStoreFiller}). Sent as {@value #REFILL}-prefixed tags.
     */
    public record Refill(Set<String> tags) {
    }

    /** Marks a tag of a {@link Refill} in a payload; no tag begins with it. */
    static final String REFILL = "+";

    /**
     * The payloads of one change: the node's id, then as many tags as fit,
     * space-separated.
     */
    static List<String> payloads(String node, Set<String> tags) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder(node);
        for (String tag : tags) {
            if (payload.length() + 1 + tag.length() > MAX_PAYLOAD && payload.length() > node.length()) {
                payloads.add(payload.toString());
                payload = new StringBuilder(node);
            }
            payload.append(' ').append(tag);
        }
        if (payload.length() > node.length()) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    /** Sends each committed change's tags to the other nodes. */
    public static class Publisher {

        private final String node;

        private final JdbcClient jdbc;

        private final String channel;

        private final TransactionTemplate ownTransaction;

        private final AtomicLong refillsSent = new AtomicLong();

        Publisher(String node, JdbcClient jdbc, PlatformTransactionManager transactions, String channel) {
            this.node = node;
            this.jdbc = jdbc;
            this.channel = channel;
            this.ownTransaction = new TransactionTemplate(transactions);
            this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        /**
         * Tells the other nodes which stored pages this node's committed change marked
         * (then the one filling the store renders them again), in a transaction of its
         * own: called once the change and its second mark have committed. A failure
         * leaves them to their first reader or the filler's next pass, with one line in
         * the log.
         */
        void refill(Set<String> stored) {
            try {
                Integer sent = ownTransaction.execute(status -> send(
                        stored.stream().map(REFILL::concat).collect(Collectors.toCollection(LinkedHashSet::new))));
                refillsSent.addAndGet(sent == null ? 0 : sent);
            }
            catch (RuntimeException e) {
                log.warn("Could not tell the other nodes which stored pages changed: {}", e.toString());
            }
        }

        /**
         * Sends the change's tags just before its transaction commits: the tags of all
         * the changes of one transaction together (an import of a hundred stories in one
         * transaction sends a few notifications, not hundreds), or at once outside a
         * transaction.
         */
        @EventListener
        public void on(PagesChanged change) {
            if (change instanceof Remote || change.pages().isEmpty()) {
                return;
            }
            Pending pending = PerTransaction.gathering(Pending.class, each -> each.publisher() == this,
                    () -> new Pending(this));
            if (pending == null) {
                send(change.pages());
                return;
            }
            pending.tags().addAll(change.pages());
        }

        /**
         * @return the notifications sent
         */
        private int send(Set<String> tags) {
            List<String> payloads = payloads(node, tags);
            for (String payload : payloads) {
                jdbc.sql("select pg_notify(?, ?)").params(channel, payload).query((rs, n) -> 1).list();
            }
            return payloads.size();
        }

        /**
         * Notifications of {@link Refill} tags this node has sent (committed) since the
         * start.
         */
        public long refillsSent() {
            return refillsSent.get();
        }

        /**
         * The tags a transaction's changes touched so far, sent before it commits. Kept
         * among the transaction's synchronizations, so that a transaction of its own
         * inside it (which suspends them) collects its own. Equal only to itself: the
         * transaction keeps its synchronizations in a hash set while the tags grow.
         */
        private static final class Pending implements TransactionSynchronization {

            private final Publisher publisher;

            private final Set<String> tags = new LinkedHashSet<>();

            Pending(Publisher publisher) {
                this.publisher = publisher;
            }

            Publisher publisher() {
                return publisher;
            }

            Set<String> tags() {
                return tags;
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                publisher.send(tags);
            }

        }

    }

    /** Hears the other nodes' changes and empties the same tags here. */
    public static class Listener implements SmartLifecycle {

        private final String node;

        private final DataSource dataSource;

        private final ApplicationEventPublisher events;

        private final ClusterProperties properties;

        private final ReentrantLock lock = new ReentrantLock();

        private final Condition changed = lock.newCondition();

        private final AtomicLong received = new AtomicLong();

        private final AtomicLong refills = new AtomicLong();

        private volatile boolean running;

        private volatile boolean listening;

        private volatile Connection connection;

        private Thread thread;

        Listener(String node, DataSource dataSource, ApplicationEventPublisher events, ClusterProperties properties) {
            this.node = node;
            this.dataSource = dataSource;
            this.events = events;
            this.properties = properties;
        }

        @Override
        public void start() {
            running = true;
            thread = Thread.ofPlatform().daemon().name("cluster-listener").start(this::run);
        }

        @Override
        public void stop() {
            running = false;
            Connection open = connection;
            if (open != null) {
                try {
                    open.close();
                }
                catch (SQLException ignored) {
                    // closing anyway
                }
            }
            signal();
            if (thread != null) {
                thread.interrupt();
            }
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        /** Whether the listening connection is open now. */
        public boolean listening() {
            return listening;
        }

        /** Other nodes' changes applied here since the start. */
        public long received() {
            return received.get();
        }

        /**
         * Waits until the listening connection is open; false when it is not within the
         * time.
         */
        public boolean awaitListening(Duration timeout) throws InterruptedException {
            return await(() -> listening, timeout);
        }

        /**
         * Other nodes' notifications of {@link Refill} tags handed to this node's filler
         * since the start.
         */
        public long refills() {
            return refills.get();
        }

        /**
         * Waits until at least {@code count} notifications of {@link Refill} tags were
         * handed over here (to compare with the sending node's
         * {@link Publisher#refillsSent()}); false when they were not within the time.
         */
        public boolean awaitRefills(long count, Duration timeout) throws InterruptedException {
            return await(() -> refills.get() >= count, timeout);
        }

        /**
         * Waits until at least {@code count} changes of other nodes were applied here;
         * false when they were not within the time.
         */
        public boolean awaitReceived(long count, Duration timeout) throws InterruptedException {
            return await(() -> received.get() >= count, timeout);
        }

        private boolean await(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
            long left = timeout.toNanos();
            lock.lock();
            try {
                while (!done.getAsBoolean()) {
                    if (left <= 0) {
                        return false;
                    }
                    left = changed.awaitNanos(left);
                }
                return true;
            }
            finally {
                lock.unlock();
            }
        }

        private void signal() {
            lock.lock();
            try {
                changed.signalAll();
            }
            finally {
                lock.unlock();
            }
        }

        private void run() {
            boolean missedSome = false;
            while (running) {
                try (Connection open = connect()) {
                    connection = open;
                    PGConnection postgres = open.unwrap(PGConnection.class);
                    try (Statement statement = open.createStatement()) {
                        statement.execute("listen " + quoted(properties.channel()));
                    }
                    if (missedSome) {
                        log.info("Listening for other nodes' changes again; the reader cache is emptied");
                        // and the filler, if it is this node, looks over the archive
                        // for the stored pages marked meanwhile
                        apply(Set.of(CacheTags.EVERYTHING), Set.of(CacheTags.EVERYTHING), 0);
                    }
                    listening = true;
                    signal();
                    listen(open, postgres);
                }
                catch (SQLException | RuntimeException e) {
                    if (running) {
                        if (listening || !missedSome) {
                            log.warn("Not listening for other nodes' changes ({}); trying again every {}",
                                    e.getMessage(), properties.reconnectEvery());
                        }
                        missedSome = true;
                    }
                }
                finally {
                    connection = null;
                    listening = false;
                    signal();
                }
                if (running) {
                    pause();
                }
            }
        }

        private void listen(Connection open, PGConnection postgres) throws SQLException {
            int idle = (int) properties.checkEvery().toMillis();
            while (running) {
                PGNotification[] notifications = postgres.getNotifications(idle);
                if (notifications == null || notifications.length == 0) {
                    // no news for a while: make sure the connection is still there
                    try (Statement statement = open.createStatement()) {
                        statement.execute("select 1");
                    }
                    continue;
                }
                Set<String> tags = new LinkedHashSet<>();
                Set<String> refill = new LinkedHashSet<>();
                int refillNotifications = 0;
                for (PGNotification notification : notifications) {
                    String[] parts = notification.getParameter().split(" ");
                    if (parts.length > 1 && !parts[0].equals(node)) {
                        boolean refilling = false;
                        for (String tag : Arrays.asList(parts).subList(1, parts.length)) {
                            if (tag.startsWith(REFILL)) {
                                refill.add(tag.substring(REFILL.length()));
                                refilling = true;
                            }
                            else {
                                tags.add(tag);
                            }
                        }
                        refillNotifications += refilling ? 1 : 0;
                    }
                }
                if (!tags.isEmpty() || !refill.isEmpty()) {
                    apply(tags, refill, refillNotifications);
                }
            }
        }

        /**
         * Hands the pages' tags to this node's caches (counted in {@link #received()})
         * and the stored pages' tags to its filler (counted in {@link #refills()}).
         */
        private void apply(Set<String> tags, Set<String> refill, int refillNotifications) {
            try {
                if (!tags.isEmpty()) {
                    try {
                        events.publishEvent(new Remote(Set.copyOf(tags)));
                    }
                    finally {
                        received.incrementAndGet();
                    }
                }
                if (!refill.isEmpty()) {
                    try {
                        events.publishEvent(new Refill(Set.copyOf(refill)));
                    }
                    finally {
                        refills.addAndGet(refillNotifications);
                    }
                }
            }
            finally {
                signal();
            }
        }

        private void pause() {
            lock.lock();
            try {
                changed.await(properties.reconnectEvery().toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            finally {
                lock.unlock();
            }
        }

        /**
         * A connection of its own, outside the pool, so it never holds a pooled
         * connection forever and sees the database go away.
         */
        private Connection connect() throws SQLException {
            HikariDataSource hikari = dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class) : null;
            if (hikari == null || hikari.getJdbcUrl() == null) {
                return dataSource.getConnection();
            }
            Properties info = new Properties();
            if (hikari.getUsername() != null) {
                info.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                info.setProperty("password", hikari.getPassword());
            }
            info.setProperty("ApplicationName", "dateline-cluster-listener");
            info.setProperty("tcpKeepAlive", "true");
            info.setProperty("connectTimeout", "5");
            return DriverManager.getConnection(hikari.getJdbcUrl(), info);
        }

        private static String quoted(String channel) {
            return '"' + channel.replace("\"", "\"\"") + '"';
        }

    }

}
