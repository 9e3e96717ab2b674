package io.complaintstreams.query;

import complaintstreams.events.DeadlineState;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads this instance's part of the {@code deadline-state} store. Throws
 * {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while the store is rebalancing or restoring.
 * Values are those of the last committed or in-flight transaction: under exactly-once a value may still be
 * rolled back if its transaction aborts.
 */
public final class ComplaintQueries {
    private final KafkaStreams streams;

    public ComplaintQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    public Optional<DeadlineState> local(String complaintId) {
        return Optional.ofNullable(store().get(complaintId));
    }

    public List<DeadlineState> localMatching(Predicate<DeadlineState> filter, int limit) {
        List<DeadlineState> out = new ArrayList<>();
        try (KeyValueIterator<String, DeadlineState> it = store().all()) {
            while (it.hasNext() && out.size() < limit) {
                DeadlineState state = it.next().value;
                if (filter.test(state)) {
                    out.add(state);
                }
            }
        }
        return out;
    }

    private ReadOnlyKeyValueStore<String, DeadlineState> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(DeadlineClockPart.STATE_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
