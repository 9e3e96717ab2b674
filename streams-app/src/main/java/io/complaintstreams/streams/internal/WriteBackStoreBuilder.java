package io.complaintstreams.streams.internal;

import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Builds the store of {@code inner} (serdes, caching, logging as configured there) and puts a
 * {@link WriteBackKeyValueStore} of at most {@code maxEntries} decoded values in front of it. Every setting passes
 * through to {@code inner}, so the changelog and its name are those of the store alone.
 */
public final class WriteBackStoreBuilder<K, V> implements StoreBuilder<KeyValueStore<K, V>> {
    private final StoreBuilder<KeyValueStore<K, V>> inner;
    private final int maxEntries;

    public WriteBackStoreBuilder(StoreBuilder<KeyValueStore<K, V>> inner, int maxEntries) {
        this.inner = inner;
        this.maxEntries = maxEntries;
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withCachingEnabled() {
        inner.withCachingEnabled();
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withCachingDisabled() {
        inner.withCachingDisabled();
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withLoggingEnabled(Map<String, String> config) {
        inner.withLoggingEnabled(config);
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<K, V>> withLoggingDisabled() {
        inner.withLoggingDisabled();
        return this;
    }

    @Override
    public KeyValueStore<K, V> build() {
        return new WriteBackKeyValueStore<>(inner.build(), maxEntries);
    }

    @Override
    public Map<String, String> logConfig() {
        return inner.logConfig();
    }

    @Override
    public boolean loggingEnabled() {
        return inner.loggingEnabled();
    }

    @Override
    public String name() {
        return inner.name();
    }
}
