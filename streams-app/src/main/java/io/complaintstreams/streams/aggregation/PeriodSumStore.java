package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * A task's period counters ({@link AggregationPart#MONTHLY_STORE}, {@link AggregationPart#WEEKLY_STORE}) with the
 * changes of the current commit interval summed in memory: {@link #add} adds to one array of counter changes per key,
 * without reading, decoding, summing or writing a {@code CounterSet}; each key's summed change is added to its stored
 * value (one read, one write) when Kafka Streams flushes the task's caches before a commit ({@link #flushCache()},
 * called by the state manager on the outermost store in {@code StreamTask.prepareCommit}), when more than
 * {@code maxKeys} keys are pending (the oldest first), or before a range read by the task. Each key is written with the
 * record context of its last change, as Kafka Streams' own {@code CachingKeyValueStore} does.
 *
 * <p>Exactly-once: every change made since the last commit is in the store below (and its changelog, in the same
 * transaction) before that commit; a task closed without a commit ({@link #close()} after a crash or a corrupted task)
 * drops the pending changes with the uncommitted input and restores from the changelog, as Kafka's record cache is
 * dropped. Interactive queries: {@code get} adds the pending change to the stored value; range reads from other
 * threads see the store below, at most one commit interval behind. Thread-safe.
 */
final class PeriodSumStore extends WrappedStateStore<KeyValueStore<String, CounterSet>, String, CounterSet>
        implements KeyValueStore<String, CounterSet> {
    private final int maxKeys;
    private final LinkedHashMap<String, Change> pending = new LinkedHashMap<>();
    private InternalProcessorContext<?, ?> internalContext;
    /** The stream thread that initialised the store: the only one that processes (and so adds) through it. */
    private Thread owner;

    /** One key's counter changes since the last commit. */
    private static final class Change {
        final long[] fixed = CounterSets.newFixedArray();
        TreeMap<String, Long> other;
        ProcessorRecordContext recordContext;
    }

    PeriodSumStore(KeyValueStore<String, CounterSet> wrapped, int maxKeys) {
        super(wrapped);
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, got " + maxKeys);
        }
        this.maxKeys = maxKeys;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        internalContext = context instanceof InternalProcessorContext<?, ?> c ? c : null;
        clear();
        owner = Thread.currentThread();
        super.init(context, root);
    }

    /** Adds {@code amount} to counter {@code counter} of {@code key}; the store is read and written at the next commit. */
    synchronized void add(String key, String counter, long amount) {
        if (amount == 0) {
            return;
        }
        Change change = pending.get(key);
        if (change == null) {
            if (pending.size() >= maxKeys) {
                Iterator<Map.Entry<String, Change>> eldest = pending.entrySet().iterator();
                Map.Entry<String, Change> e = eldest.next();
                eldest.remove();
                writeDown(e.getKey(), e.getValue());
            }
            change = new Change();
            pending.put(key, change);
        }
        int at = CounterSets.position(counter);
        if (at >= 0) {
            change.fixed[at] += amount;
        } else {
            if (change.other == null) {
                change.other = new TreeMap<>();
            }
            change.other.merge(counter, amount, Long::sum);
        }
        change.recordContext = internalContext == null ? null : internalContext.recordContext();
    }

    @Override
    public synchronized CounterSet get(String key) {
        CounterSet stored = wrapped().get(key);
        Change change = pending.get(key);
        return change == null ? stored : CounterSets.plus(stored, change.fixed.clone(), change.other);
    }

    @Override
    public synchronized void put(String key, CounterSet value) {
        pending.remove(key); // the value put replaces whatever was pending
        wrapped().put(key, value);
    }

    @Override
    public synchronized CounterSet putIfAbsent(String key, CounterSet value) {
        CounterSet previous = get(key);
        if (previous == null) {
            put(key, value);
        }
        return previous;
    }

    @Override
    public synchronized void putAll(List<KeyValue<String, CounterSet>> records) {
        records.forEach(kv -> put(kv.key, kv.value));
    }

    @Override
    public synchronized CounterSet delete(String key) {
        CounterSet previous = get(key);
        pending.remove(key);
        wrapped().delete(key);
        return previous;
    }

    @Override
    public KeyValueIterator<String, CounterSet> range(String from, String to) {
        writePendingIfOwner();
        return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<String, CounterSet> reverseRange(String from, String to) {
        writePendingIfOwner();
        return wrapped().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<String, CounterSet> all() {
        writePendingIfOwner();
        return wrapped().all();
    }

    @Override
    public KeyValueIterator<String, CounterSet> reverseAll() {
        writePendingIfOwner();
        return wrapped().reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, CounterSet> prefixScan(P prefix, PS prefixKeySerializer) {
        writePendingIfOwner();
        return wrapped().prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return wrapped().approximateNumEntries();
    }

    @Override
    public void flushCache() {
        writePending();
        super.flushCache();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        writePending();
        super.commit(changelogOffsets);
    }

    /** A task recycled (active to standby or back, KAFKA-14172): what was pending is another task life's. */
    @Override
    public void clearCache() {
        clear();
        super.clearCache();
    }

    @Override
    public void close() {
        clear();
        super.close();
    }

    /** The number of keys with changes not yet written to the store below. */
    synchronized int pendingKeys() {
        return pending.size();
    }

    private void writePendingIfOwner() {
        if (Thread.currentThread() == owner) {
            writePending();
        }
    }

    private synchronized void writePending() {
        pending.forEach(this::writeDown);
        pending.clear();
    }

    private void writeDown(String key, Change change) {
        CounterSet stored = wrapped().get(key);
        CounterSet sum = CounterSets.plus(stored, change.fixed, change.other);
        if (sum == null && stored == null) {
            return; // changes that cancel out on a key that holds nothing
        }
        ProcessorRecordContext current = internalContext == null ? null : internalContext.recordContext();
        if (change.recordContext != null) {
            internalContext.setRecordContext(change.recordContext);
        }
        try {
            if (sum == null) {
                wrapped().delete(key);
            } else if (!sum.equals(stored)) {
                wrapped().put(key, sum);
            }
        } finally {
            if (change.recordContext != null) {
                internalContext.setRecordContext(current);
            }
        }
    }

    private synchronized void clear() {
        pending.clear();
    }
}
