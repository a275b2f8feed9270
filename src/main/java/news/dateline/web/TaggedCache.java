package news.dateline.web;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import news.dateline.shared.CacheTags;
import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;

/**
 * The reader cache: Caffeine entries, each tagged with what it shows ({@link CacheTags}),
 * so that a change empties only the entries carrying one of its tags.
 *
 * <ul>
 * <li>No stampede: concurrent misses on one key wait for one computation, done by the
 * first of them on its own thread (so it sees that thread's transaction), never while
 * holding a lock of the map.</li>
 * <li>An entry older than the refresh time is computed again in the background on its
 * next read, while readers keep getting the previous value; an entry nobody read for the
 * expiry time is dropped.</li>
 * <li>An entry whose computation said nothing of what it shows is emptied by every
 * change; a lookup that found nothing ({@code Optional.empty()}) is emptied whenever
 * something becomes visible.</li>
 * </ul>
 */
public final class TaggedCache implements Cache {

    /** A cached value and the tags of what it shows. */
    record Entry(Object value, Set<String> tags) {
    }

    private final String name;

    private final AsyncLoadingCache<Object, Entry> entries;

    /**
     * @param builder size, refresh and expiry (and in tests, the ticker)
     * @param refreshes where background refreshes run
     * @param inTransaction runs a refresh's query (in a read-only transaction)
     */
    TaggedCache(String name, Caffeine<Object, Object> builder, Executor refreshes,
            Function<Callable<Object>, Object> inTransaction) {
        this.name = name;
        AsyncCacheLoader<Object, Entry> loader = (key, executor) -> key instanceof ReaderKey readerKey
                ? CompletableFuture.supplyAsync(() -> {
                    try {
                        return compute(() -> inTransaction.apply(readerKey::compute));
                    }
                    catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, executor) : CompletableFuture.completedFuture(null);
        this.entries = builder.executor(refreshes).buildAsync(loader);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getNativeCache() {
        return entries;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> found = entries.get(key, (k, executor) -> mine);
        if (found == mine) {
            try {
                mine.complete(compute(valueLoader));
            }
            catch (Throwable e) {
                mine.completeExceptionally(e);
            }
        }
        try {
            Entry entry = found.join();
            CacheTags.addAll(entry.tags());
            return (T) entry.value();
        }
        catch (CompletionException e) {
            throw new ValueRetrievalException(key, valueLoader, e.getCause());
        }
    }

    private static Entry compute(Callable<?> loader) throws Exception {
        Set<String> tags = new HashSet<>();
        Object value = CacheTags.collect(tags, loader);
        if (value instanceof Optional<?> optional && optional.isEmpty()) {
            tags.add(CacheTags.ABSENT);
        }
        if (tags.isEmpty()) {
            tags.add(CacheTags.EVERYTHING);
        }
        return new Entry(value, Set.copyOf(tags));
    }

    @Override
    public ValueWrapper get(Object key) {
        CompletableFuture<Entry> future = entries.getIfPresent(key);
        if (future == null || !future.isDone() || future.isCompletedExceptionally()) {
            return null;
        }
        return new SimpleValueWrapper(future.join().value());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Class<T> type) {
        ValueWrapper wrapper = get(key);
        return wrapper == null ? null : (T) wrapper.get();
    }

    /**
     * A value computed elsewhere says nothing of what it shows: every change empties it.
     */
    @Override
    public void put(Object key, Object value) {
        entries.put(key, CompletableFuture.completedFuture(new Entry(value, Set.of(CacheTags.EVERYTHING))));
    }

    @Override
    public void evict(Object key) {
        entries.synchronous().invalidate(key);
    }

    @Override
    public void clear() {
        entries.synchronous().invalidateAll();
    }

    /**
     * Empties the entries showing any of {@code tags}, and those still being computed
     * (they may have read what changed). {@link CacheTags#EVERYTHING} empties all.
     */
    public void evictTagged(Set<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        boolean all = tags.contains(CacheTags.EVERYTHING);
        var map = entries.asMap();
        map.forEach((key, future) -> {
            Entry entry = future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
            if (all || entry == null || entry.tags().contains(CacheTags.EVERYTHING)
                    || !Collections.disjoint(entry.tags(), tags)) {
                map.remove(key, future);
            }
        });
    }

    /** How many entries the cache holds (their computations included). */
    long size() {
        return entries.synchronous().estimatedSize();
    }

}
