package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Builds the store of {@code inner} (serdes, caching, logging as configured there) and puts a {@link PeriodSumStore}
 * in front of it. Every setting passes through to {@code inner}, so the changelog and its name are those of the store
 * alone.
 */
final class PeriodSumStoreBuilder implements StoreBuilder<KeyValueStore<String, CounterSet>> {
    private final StoreBuilder<KeyValueStore<String, CounterSet>> inner;
    private final int maxKeys;

    PeriodSumStoreBuilder(StoreBuilder<KeyValueStore<String, CounterSet>> inner, int maxKeys) {
        this.inner = inner;
        this.maxKeys = maxKeys;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, CounterSet>> withCachingEnabled() {
        inner.withCachingEnabled();
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, CounterSet>> withCachingDisabled() {
        inner.withCachingDisabled();
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, CounterSet>> withLoggingEnabled(Map<String, String> config) {
        inner.withLoggingEnabled(config);
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, CounterSet>> withLoggingDisabled() {
        inner.withLoggingDisabled();
        return this;
    }

    @Override
    public KeyValueStore<String, CounterSet> build() {
        return new PeriodSumStore(inner.build(), maxKeys);
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
