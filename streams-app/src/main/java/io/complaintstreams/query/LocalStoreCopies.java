package io.complaintstreams.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * This instance's copies of a key-value store, one partition at a time, including standby replicas and active copies
 * that are still restoring (Kafka Streams' {@link StoreQueryParameters#enableStaleStores()}, KIP-535), each with its
 * role and lag. A partition is first asked for without stale stores: if Kafka Streams gives it, this instance runs
 * its active task; otherwise it is asked for with stale stores, and a copy found then is a standby or a restoring
 * active. Reading a copy may still throw {@link InvalidStateStoreException} if the task moves away meanwhile.
 */
public final class LocalStoreCopies {
    private final KafkaStreams streams;
    private final StoreLags lags;

    /** A copy and the store to read it by. */
    public record Held<T>(PartitionCopy copy, T store) {}

    public LocalStoreCopies(KafkaStreams streams, StoreLags lags) {
        this.streams = streams;
        this.lags = lags;
    }

    /** This instance's copy of the partition (its running active if it has one), or empty when it holds none now. */
    public <K, V> Optional<Held<ReadOnlyKeyValueStore<K, V>>> keyValue(String store, int partition) {
        Optional<ReadOnlyKeyValueStore<K, V>> active = open(store, partition, false);
        if (active.isPresent()) {
            return Optional.of(new Held<>(new PartitionCopy(partition, true, 0), active.get()));
        }
        return this.<K, V>open(store, partition, true)
                .map(s -> new Held<>(new PartitionCopy(partition, false, lags.lagOf(store, partition)), s));
    }

    /** Every partition {@code 0..partitions-1} of which this instance holds a copy. */
    public <K, V> List<Held<ReadOnlyKeyValueStore<K, V>>> allKeyValue(String store, int partitions) {
        List<Held<ReadOnlyKeyValueStore<K, V>>> out = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            this.<K, V>keyValue(store, p).ifPresent(out::add);
        }
        return out;
    }

    private <K, V> Optional<ReadOnlyKeyValueStore<K, V>> open(String store, int partition, boolean stale) {
        StoreQueryParameters<ReadOnlyKeyValueStore<K, V>> params = StoreQueryParameters
                .fromNameAndType(store, QueryableStoreTypes.<K, V>keyValueStore()).withPartition(partition);
        try {
            ReadOnlyKeyValueStore<K, V> s = streams.store(stale ? params.enableStaleStores() : params);
            s.approximateNumEntries(); // Kafka Streams finds the partition's store lazily: this throws if there is none
            return Optional.of(s);
        } catch (InvalidStateStoreException | IllegalStateException e) { // IllegalState: Streams not running
            return Optional.empty();
        }
    }
}
