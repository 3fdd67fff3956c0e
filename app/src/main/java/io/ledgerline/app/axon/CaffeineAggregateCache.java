package io.ledgerline.app.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's {@link Cache} on Caffeine, for one aggregate type: at most {@code maximumSize} aggregates, the least
 * used evicted first. Entries are kept by reference, never copied: Axon's caching repository caches the live
 * aggregate and relies on that (a JCache provider copies by value unless told otherwise).
 */
final class CaffeineAggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    CaffeineAggregateCache(long maximumSize) {
        entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    /** Axon's aggregate repositories never listen to their cache; only its saga caching does. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate cache has no entry listeners");
    }
}
