package io.complaintstreams.streams.internal;

import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * Persistent window stores whose changelog offsets survive a clean stop even when the store holds nothing.
 *
 * <p>Why: since Kafka Streams 4.3 (KIP-1035) a RocksDB window store keeps its committed changelog offset inside its
 * segments, and a store with no segment (no record yet in that partition, or every segment expired) reports none
 * ({@code AbstractSegments.committedOffset} returns null). Under exactly-once, a persistent store without a committed
 * offset in a task whose directory is not empty is taken for one left by a crash: {@code ProcessorStateManager} wipes
 * the whole task and restores every store of it from its changelog, on every restart, after a clean stop too. These
 * stores say they do not manage their offsets, so Kafka Streams keeps them in its own per-store checkpoint file
 * ({@code LegacyCheckpointingStateStore}: written on a clean close only, deleted once loaded, as exactly-once needs),
 * which holds an offset whether or not a segment exists. The segments still receive every commit.
 */
public final class CheckpointedWindowStores {
    private CheckpointedWindowStores() {}

    /**
     * {@link Stores#persistentWindowStore(String, Duration, Duration, boolean)} with its offsets in a checkpoint file.
     *
     * @throws IllegalArgumentException as {@code Stores.persistentWindowStore} does (retention shorter than the window)
     */
    public static WindowBytesStoreSupplier persistentWindowStore(String name, Duration retention, Duration windowSize,
                                                                 boolean retainDuplicates) {
        return new Supplier(Stores.persistentWindowStore(name, retention, windowSize, retainDuplicates));
    }

    private record Supplier(WindowBytesStoreSupplier inner) implements WindowBytesStoreSupplier {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public WindowStore<Bytes, byte[]> get() {
            return new OffsetsInCheckpointFile(inner.get());
        }

        @Override
        public String metricsScope() {
            return inner.metricsScope();
        }

        @Override
        public long segmentIntervalMs() {
            return inner.segmentIntervalMs();
        }

        @Override
        public long windowSize() {
            return inner.windowSize();
        }

        @Override
        public boolean retainDuplicates() {
            return inner.retainDuplicates();
        }

        @Override
        public long retentionPeriod() {
            return inner.retentionPeriod();
        }
    }

    /** The RocksDB window store unchanged, except that it leaves its committed offsets to Kafka's checkpoint file. */
    static final class OffsetsInCheckpointFile extends WrappedStateStore<WindowStore<Bytes, byte[]>, Bytes, byte[]>
            implements WindowStore<Bytes, byte[]> {

        OffsetsInCheckpointFile(WindowStore<Bytes, byte[]> inner) {
            super(inner);
        }

        @SuppressWarnings("deprecation")
        @Override
        public boolean managesOffsets() {
            return false;
        }

        @Override
        public Long committedOffset(TopicPartition partition) {
            return null;
        }

        @Override
        public void put(Bytes key, byte[] value, long windowStartTimestamp) {
            wrapped().put(key, value, windowStartTimestamp);
        }

        @Override
        public byte[] fetch(Bytes key, long time) {
            return wrapped().fetch(key, time);
        }

        @Override
        public WindowStoreIterator<byte[]> fetch(Bytes key, long timeFrom, long timeTo) {
            return wrapped().fetch(key, timeFrom, timeTo);
        }

        @Override
        public WindowStoreIterator<byte[]> backwardFetch(Bytes key, long timeFrom, long timeTo) {
            return wrapped().backwardFetch(key, timeFrom, timeTo);
        }

        @Override
        public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
            return wrapped().fetch(keyFrom, keyTo, timeFrom, timeTo);
        }

        @Override
        public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
            return wrapped().backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
        }

        @Override
        public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(long timeFrom, long timeTo) {
            return wrapped().fetchAll(timeFrom, timeTo);
        }

        @Override
        public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(long timeFrom, long timeTo) {
            return wrapped().backwardFetchAll(timeFrom, timeTo);
        }

        @Override
        public KeyValueIterator<Windowed<Bytes>, byte[]> all() {
            return wrapped().all();
        }

        @Override
        public KeyValueIterator<Windowed<Bytes>, byte[]> backwardAll() {
            return wrapped().backwardAll();
        }
    }
}
