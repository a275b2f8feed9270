package news.dateline.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import news.dateline.shared.ContentChanged;
import news.dateline.shared.GraphChange;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reader pages' data is cached in memory (Caffeine) for a minute, so that most reader requests
 * never touch the database; any committed change empties the caches at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class ReaderCache {

    public static final String NAME = "reader";
    public static final String KEYS = "readerKeys";
    static final Duration TTL = Duration.ofSeconds(60);

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager(NAME);
        manager.setCaffeine(Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(TTL).recordStats());
        return manager;
    }

    /** The class, the method and the arguments: one cache serves every reader query. */
    @Bean(KEYS)
    KeyGenerator readerKeys() {
        return (target, method, params) -> new SimpleKey(target.getClass().getName(), method.getName(), new SimpleKey(params));
    }

    @Bean
    Evictor readerCacheEvictor(CacheManager caches) {
        return new Evictor(caches);
    }

    /** Empties every reader cache after a change commits. */
    public static class Evictor {
        private final CacheManager caches;

        Evictor(CacheManager caches) {
            this.caches = caches;
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        public void on(ContentChanged change) {
            evictAll();
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        public void on(GraphChange change) {
            evictAll();
        }

        public void evictAll() {
            caches.getCacheNames().forEach(name -> {
                var cache = caches.getCache(name);
                if (cache != null) {
                    cache.clear();
                }
            });
        }
    }
}
