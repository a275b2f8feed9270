package news.dateline.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The reader caches' counts as metrics ({@code cache_gets_total{cache="reader"|"pages",
 * result="hit"|"miss"}}, sizes, evictions): the query results ({@link TaggedCache}) and
 * the rendered pages ({@link PageCache}). Hit rate: hits over hits plus misses.
 */
@Component
class CacheMetrics implements MeterBinder {

    private final CacheManager caches;

    private final PageCache pages;

    CacheMetrics(CacheManager caches, PageCache pages) {
        this.caches = caches;
        this.pages = pages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void bindTo(MeterRegistry registry) {
        if (caches.getCache(ReaderCache.NAME) instanceof TaggedCache reader
                && reader.getNativeCache() instanceof AsyncCache<?, ?> entries) {
            CaffeineCacheMetrics.monitor(registry, (AsyncCache<Object, Object>) entries, ReaderCache.NAME);
        }
        CaffeineCacheMetrics.monitor(registry, pages.kept(), "pages");
    }

}
