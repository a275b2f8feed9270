package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import news.dateline.shared.CacheTags;
import org.junit.jupiter.api.Test;

/** The reader cache's own rules, on a clock and an executor the test drives. */
class TaggedCacheTest {

    final AtomicLong nanos = new AtomicLong();

    final Queue<Runnable> background = new ArrayDeque<>();

    final Executor queued = background::add;

    TaggedCache cache() {
        Ticker ticker = nanos::get;
        return new TaggedCache("test",
                Caffeine.newBuilder()
                    .ticker(ticker)
                    .maximumSize(100)
                    .refreshAfterWrite(Duration.ofSeconds(60))
                    .expireAfterWrite(Duration.ofMinutes(10)),
                queued, query -> {
                    try {
                        return query.call();
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** A query the cache can run again, as the reader queries are. */
    public static class Query {

        final AtomicInteger runs = new AtomicInteger();

        volatile CountDownLatch gate = new CountDownLatch(0);

        public String page(String slug) throws InterruptedException {
            gate.await();
            CacheTags.add(CacheTags.country(slug.length()));
            return slug + " #" + runs.incrementAndGet();
        }

    }

    ReaderKey key(Query query, String slug) throws NoSuchMethodException {
        return new ReaderKey(query, Query.class.getMethod("page", String.class), slug);
    }

    @Test
    void concurrentMissesOnOneKeyComputeItOnce() throws Exception {
        TaggedCache cache = cache();
        Query query = new Query();
        query.gate = new CountDownLatch(1);
        ReaderKey key = key(query, "laos");
        int readers = 32;
        CountDownLatch arrived = new CountDownLatch(readers);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<String>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < readers; i++) {
                pages.add(pool.submit(() -> {
                    arrived.countDown();
                    return cache.get(key, () -> query.page("laos"));
                }));
            }
            arrived.await();
            query.gate.countDown();
            for (Future<String> page : pages) {
                assertThat(page.get()).isEqualTo("laos #1");
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(query.runs).hasValue(1);
    }

    @Test
    void anEntryDueForRefreshIsComputedAgainInTheBackgroundWhileReadersGetThePreviousOne() throws Exception {
        TaggedCache cache = cache();
        Query query = new Query();
        ReaderKey key = key(query, "laos");
        assertThat(cache.<String>get(key, () -> query.page("laos"))).isEqualTo("laos #1");

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(cache.<String>get(key, () -> query.page("laos"))).isEqualTo("laos #1");
        assertThat(query.runs).as("the reader did not wait for the new value").hasValue(1);

        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(cache.<String>get(key, () -> query.page("laos"))).isEqualTo("laos #2");
        assertThat(query.runs).hasValue(2);
    }

    @Test
    void evictingATagEmptiesOnlyTheEntriesShowingIt() throws Exception {
        TaggedCache cache = cache();
        Query query = new Query();
        cache.get(key(query, "laos"), () -> query.page("laos"));
        cache.get(key(query, "azerbaijan"), () -> query.page("azerbaijan"));
        cache.get("untagged", () -> "says nothing of what it shows");
        cache.get("absent", Optional::empty);

        cache.evictTagged(Set.of(CacheTags.country("laos".length()), CacheTags.HOME));

        assertThat(cache.get(key(query, "laos"))).isNull();
        assertThat(cache.get(key(query, "azerbaijan"))).isNotNull();
        assertThat(cache.get("untagged")).as("an entry without tags goes with any change").isNull();
        assertThat(cache.get("absent")).as("a 404 stays until something becomes visible").isNotNull();

        cache.evictTagged(Set.of(CacheTags.ABSENT));
        assertThat(cache.get("absent")).isNull();
        assertThat(cache.get(key(query, "azerbaijan"))).isNotNull();
    }

    @Test
    void anEntryComputedInsideAnotherPassesItsTagsOnToIt() throws Exception {
        TaggedCache cache = cache();
        Query query = new Query();
        cache.get("outer", () -> cache.get(key(query, "laos"), () -> query.page("laos")) + " on a page");

        cache.evictTagged(Set.of(CacheTags.country("laos".length())));

        assertThat(cache.get("outer")).isNull();
    }

}
