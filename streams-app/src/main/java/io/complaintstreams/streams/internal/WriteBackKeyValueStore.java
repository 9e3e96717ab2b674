package io.complaintstreams.streams.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * A bounded write-back cache of <em>decoded</em> values in front of a key-value store, for hot read-modify-write keys
 * (the period counters): {@code get} answers from memory without deserialising, {@code put} and {@code delete} only
 * mark the entry dirty, and the dirty entries are written to the store below (and so serialised once) when Kafka
 * Streams flushes the task's caches before a commit ({@link #flushCache()}, called by the state manager on the
 * outermost store in {@code StreamTask.prepareCommit}; the cache is then emptied, so it lives one commit interval),
 * when an entry is evicted (over {@code maxEntries}, least
 * recently used first), or before a range read. Each entry is written with the record context of its last
 * {@code put}, as Kafka Streams' own {@code CachingKeyValueStore} does, so the changelog record is the one the
 * store below would have written. Exactly-once: everything written since the last commit is in the store below
 * (and its changelog, in the same transaction) before that commit; a task closed without a commit ({@link #close()}
 * after a crash or a corrupted task) drops the cache and restores from the changelog, as it drops Kafka's record cache.
 *
 * <p>Values must be treated as immutable by callers once put or got (the same instance is handed back).
 * Interactive queries: {@code get} sees the newest value; range reads from other threads see the store below, at
 * most one commit interval behind. Thread-safe (interactive queries read from other threads).
 */
public final class WriteBackKeyValueStore<K, V> extends WrappedStateStore<KeyValueStore<K, V>, K, V>
        implements KeyValueStore<K, V> {
    private final int maxEntries;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private InternalProcessorContext<?, ?> internalContext;
    /** The stream thread that initialised the store: the only one that processes (and so writes) through it. */
    private Thread owner;

    private record Entry<V>(V value, boolean dirty, ProcessorRecordContext recordContext) {
    }

    public WriteBackKeyValueStore(KeyValueStore<K, V> wrapped, int maxEntries) {
        super(wrapped);
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        internalContext = context instanceof InternalProcessorContext<?, ?> c ? c : null;
        clear();
        owner = Thread.currentThread();
        super.init(context, root);
    }

    @Override
    public synchronized V get(K key) {
        Entry<V> e = entries.get(key);
        if (e != null) {
            return e.value();
        }
        V value = wrapped().get(key);
        if (Thread.currentThread() == owner) {
            remember(key, new Entry<>(value, false, null));
        }
        return value;
    }

    @Override
    public synchronized void put(K key, V value) {
        remember(key, new Entry<>(value, true, internalContext == null ? null : internalContext.recordContext()));
    }

    @Override
    public synchronized V putIfAbsent(K key, V value) {
        V previous = get(key);
        if (previous == null) {
            put(key, value);
        }
        return previous;
    }

    @Override
    public synchronized void putAll(List<KeyValue<K, V>> records) {
        records.forEach(kv -> put(kv.key, kv.value));
    }

    @Override
    public synchronized V delete(K key) {
        V previous = get(key);
        put(key, null);
        return previous;
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        writeDirtyIfWriter();
        return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        writeDirtyIfWriter();
        return wrapped().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        writeDirtyIfWriter();
        return wrapped().all();
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        writeDirtyIfWriter();
        return wrapped().reverseAll();
    }

    @Override
    public <PS extends org.apache.kafka.common.serialization.Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix,
                                                                                                                PS prefixKeySerializer) {
        writeDirtyIfWriter();
        return wrapped().prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return wrapped().approximateNumEntries();
    }

    @Override
    public void flushCache() {
        writeDirtyAndClear();
        super.flushCache();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        writeDirtyAndClear();
        super.commit(changelogOffsets);
    }

    @Override
    public void close() {
        clear();
        super.close();
    }

    /** The number of entries held in memory (clean and dirty). */
    public synchronized int cachedEntries() {
        return entries.size();
    }

    private void remember(K key, Entry<V> entry) {
        entries.put(key, entry);
        if (entries.size() > maxEntries) {
            Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
            Map.Entry<K, Entry<V>> e = eldest.next();
            eldest.remove();
            if (e.getValue().dirty()) {
                writeDown(e.getKey(), e.getValue());
            }
        }
    }

    private void writeDirtyIfWriter() {
        if (Thread.currentThread() == owner) {
            writeDirty();
        }
    }

    private synchronized void writeDirty() {
        for (Map.Entry<K, Entry<V>> e : entries.entrySet()) {
            if (e.getValue().dirty()) {
                writeDown(e.getKey(), e.getValue());
                e.setValue(new Entry<>(e.getValue().value(), false, null));
            }
        }
    }

    private void writeDown(K key, Entry<V> entry) {
        ProcessorRecordContext current = internalContext == null ? null : internalContext.recordContext();
        if (entry.recordContext() != null) {
            internalContext.setRecordContext(entry.recordContext());
        }
        try {
            if (entry.value() == null) {
                wrapped().delete(key);
            } else {
                wrapped().put(key, entry.value());
            }
        } finally {
            if (entry.recordContext() != null) {
                internalContext.setRecordContext(current);
            }
        }
    }

    /**
     * At a commit the cache is emptied as well as written: a task recycled from active to standby and back keeps its
     * store instance while the standby writes below it, so nothing read before may survive a commit.
     */
    private synchronized void writeDirtyAndClear() {
        writeDirty();
        entries.clear();
    }

    private synchronized void clear() {
        entries.clear();
    }
}
