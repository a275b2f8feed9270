package news.dateline.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The reader caches' counts as metrics ({@code cache_gets_total{cache="reader"|"pages",
 * result="hit"|"miss"}}, sizes, evictions): the query results ({@link TaggedCache}) and
 * the rendered pages ({@link PageCache}), and the story pages kept in the database
 * ({@link PageStore}: {@code cache="stored-pages"}, with {@code cache_puts_total} and
 * {@code dateline_page_store_dropped_total}), and its filler's work
 * ({@code dateline_page_store_filled_total}, {@code dateline_page_store_passes_total},
 * {@code dateline_page_store_waited_for_readers_total}). Hit rate: hits over hits plus
 * misses.
 */
@Component
class CacheMetrics implements MeterBinder {

    private final CacheManager caches;

    private final PageCache pages;

    private final PageStore store;

    private final PageStoreFiller filler;

    CacheMetrics(CacheManager caches, PageCache pages, PageStore store, PageStoreFiller filler) {
        this.filler = filler;
        this.caches = caches;
        this.pages = pages;
        this.store = store;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void bindTo(MeterRegistry registry) {
        if (caches.getCache(ReaderCache.NAME) instanceof TaggedCache reader
                && reader.getNativeCache() instanceof AsyncCache<?, ?> entries) {
            CaffeineCacheMetrics.monitor(registry, (AsyncCache<Object, Object>) entries, ReaderCache.NAME);
        }
        CaffeineCacheMetrics.monitor(registry, pages.kept(), "pages");
        FunctionCounter.builder("cache.gets", store, PageStore::hits)
            .tags("cache", "stored-pages", "result", "hit")
            .description("Story pages answered from the database")
            .register(registry);
        FunctionCounter.builder("dateline.page.store.earlier.build", store, PageStore::earlierBuildHits)
            .description("Of the story pages answered from the database, those an earlier build had rendered")
            .register(registry);
        FunctionCounter.builder("cache.gets", store, PageStore::misses)
            .tags("cache", "stored-pages", "result", "miss")
            .description("Story pages looked for in the database and rendered")
            .register(registry);
        FunctionCounter.builder("cache.puts", store, PageStore::written)
            .tags("cache", "stored-pages")
            .description("Story pages written to the database")
            .register(registry);
        FunctionCounter.builder("dateline.page.store.dropped", store, PageStore::dropped)
            .description("Rendered story pages not stored: the writer's queue full, or the database away")
            .register(registry);
        FunctionCounter.builder("dateline.page.store.filled", filler, PageStoreFiller::rendered)
            .description("Story pages rendered by this node's filler for the page store")
            .register(registry);
        FunctionCounter.builder("dateline.page.store.passes", filler, PageStoreFiller::passes)
            .description("Passes of this node's filler over the whole archive")
            .register(registry);
        FunctionCounter.builder("dateline.page.store.waited.for.readers", filler, PageStoreFiller::waitedForReaders)
            .description("Renders of this node's filler that waited while readers kept every processor busy")
            .register(registry);
    }

}
