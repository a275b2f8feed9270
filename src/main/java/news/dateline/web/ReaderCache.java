package news.dateline.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import news.dateline.shared.CacheTags;
import news.dateline.shared.PagesChanged;
import news.dateline.shared.PerTransaction;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reader pages' data is cached in memory ({@link TaggedCache}), so that most reader
 * requests never touch the database. Reader queries are
 * {@code @Cacheable(cacheNames = NAME, keyGenerator = KEYS, sync = true)} and say what
 * they show ({@code CacheTags.add}); once a change commits, the entries showing what it
 * touched are emptied, and then the rendered pages ({@link PageCache}) showing it.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class ReaderCache {

    public static final String NAME = "reader";

    public static final String KEYS = "readerKeys";

    @Bean
    PageCache pageCache(PageCacheProperties properties, PageStore store) {
        return new PageCache(properties, store);
    }

    /**
     * Story pages kept in the database, for the build that renders them: the build's time
     * from {@code META-INF/build-info.properties}, or this start's when there is none.
     */
    @Bean
    PageStore pageStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, PageStoreProperties properties,
            ObjectProvider<BuildProperties> builds) {
        BuildProperties build = builds.getIfAvailable();
        String name = build != null && build.getTime() != null ? build.getVersion() + "@" + build.getTime()
                : "unpackaged@" + Instant.now();
        return new PageStore(jdbc, transactions, properties, name);
    }

    /**
     * The page cache answers anonymous readers before anything else runs but the redirect
     * of an address to its one form: before the security filters, MVC and the ETag and
     * Cache-Control filters (whose headers it keeps with each page).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageCacheFilter(PageCache pages) {
        var registration = Filters.register("pageCacheFilter", HttpCaching.PAGE_CACHE_ORDER, pages::filter);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** The hits, answered before the filter chain (see {@link PageCacheValve}). */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> pageCacheValve(PageCache pages) {
        return factory -> factory
            .addContextCustomizers(context -> context.getPipeline().addValve(new PageCacheValve(pages)));
    }

    @Bean
    Evictor readerCacheEvictor(ReaderCacheProperties properties, PlatformTransactionManager transactions,
            PageCache pages, PageStore store, ObjectProvider<PageStoreFiller> filler,
            ObjectProvider<ClusterInvalidation.Publisher> cluster) {
        return new Evictor(properties, transactions, pages, store, filler, cluster);
    }

    @Bean
    CacheManager cacheManager(Evictor evictor) {
        SimpleCacheManager manager = new SimpleCacheManager();
        manager.setCaches(List.of(evictor.cache));
        return manager;
    }

    /** The class, the method and the arguments: one cache serves every reader query. */
    @Bean(KEYS)
    KeyGenerator readerKeys() {
        return (target, method, params) -> new ReaderKey(target, method, params);
    }

    /** Holds the cache and empties what a committed change touched. */
    public static class Evictor implements DisposableBean {

        private final ExecutorService refreshes = Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("reader-cache-refresh-", 1).daemon(true).factory());

        private final TaggedCache cache;

        private final PageCache pages;

        private final PageStore store;

        private final ObjectProvider<PageStoreFiller> filler;

        private final ObjectProvider<ClusterInvalidation.Publisher> cluster;

        Evictor(ReaderCacheProperties properties, PlatformTransactionManager transactions, PageCache pages,
                PageStore store, ObjectProvider<PageStoreFiller> filler,
                ObjectProvider<ClusterInvalidation.Publisher> cluster) {
            this.pages = pages;
            this.filler = filler;
            this.cluster = cluster;
            this.store = store;
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            this.cache = new TaggedCache(NAME,
                    Caffeine.newBuilder()
                        .maximumSize(properties.maximumSize())
                        .refreshAfterWrite(properties.refreshAfter())
                        .expireAfterWrite(properties.expireAfter())
                        .recordStats(),
                    refreshes, query -> readOnly.execute(status -> {
                        try {
                            return query.call();
                        }
                        catch (RuntimeException e) {
                            throw e;
                        }
                        catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }));
        }

        /**
         * Empties what a change touched, the tags of all the changes of one transaction
         * together (an import of a hundred stories in one transaction walks the pages in
         * memory once, not a hundred times): the stored pages are marked just before the
         * transaction commits, in it, and again once it has, when the pages in memory are
         * emptied; outside a transaction all at once.
         */
        @EventListener
        public void on(PagesChanged change) {
            Pending pending = PerTransaction.gathering(Pending.class, each -> each.evictor == this,
                    () -> new Pending(this));
            if (pending == null) {
                empty(change.storedPages(), change.pages());
                return;
            }
            pending.stored.addAll(change.storedPages());
            pending.pages.addAll(change.pages());
        }

        /**
         * The stored pages marked (again), then the query results emptied, then the
         * rendered pages: a page rendered after the pages in memory are emptied must not
         * read the results from before the change. Then the filler renders the stories'
         * pages again for the store: this node's if it is the one filling, else the other
         * nodes' through a notice sent once the second mark has committed (told sooner,
         * the node filling could render a page the mark then voids).
         */
        private void empty(Set<String> stored, Set<String> touched) {
            store.changed(stored);
            cache.evictTagged(touched);
            pages.evictTagged(touched);
            PageStoreFiller here = filler.getIfAvailable();
            if (here != null) {
                here.changed(stored);
            }
            if (store.enabled() && !stored.isEmpty() && (here == null || !here.filling())) {
                cluster.ifAvailable(each -> each.refill(stored));
            }
        }

        /**
         * The tags a transaction's changes touched so far: the stored pages marked just
         * before it commits and again after, the pages in memory emptied after (nothing
         * if it rolls back). Equal only to itself: the transaction keeps its
         * synchronizations in a set while the tags grow.
         */
        private static final class Pending implements TransactionSynchronization {

            private final Evictor evictor;

            private final Set<String> stored = new LinkedHashSet<>();

            private final Set<String> pages = new LinkedHashSet<>();

            Pending(Evictor evictor) {
                this.evictor = evictor;
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                evictor.store.mark(stored);
            }

            @Override
            public void afterCommit() {
                evictor.empty(stored, pages);
            }

        }

        /** Empties the reader cache and the rendered pages, those in the database too. */
        public void evictAll() {
            store.changed(Set.of(CacheTags.EVERYTHING));
            cache.clear();
            pages.clear();
        }

        @Override
        public void destroy() {
            refreshes.shutdownNow();
        }

    }

}
