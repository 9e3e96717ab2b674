package io.complaintstreams.query;

import complaintstreams.events.DeadlineState;
import complaintstreams.state.ComplaintLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the complaints' current {@link DeadlineState} from this instance's part of the {@code complaint-ledger}
 * store. Throws {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while the store is rebalancing or
 * restoring. Values are those of the last committed or in-flight transaction: under exactly-once a value may still
 * be rolled back if its transaction aborts. A complaint whose RECEIVED has not arrived has no state yet (404).
 */
public final class ComplaintQueries {
    private final KafkaStreams streams;

    public ComplaintQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    public Optional<DeadlineState> local(String complaintId) {
        return in(ComplaintFactsQuery.ledger(streams), complaintId);
    }

    public List<DeadlineState> localMatching(Predicate<DeadlineState> filter, int limit) {
        return matchingIn(ComplaintFactsQuery.ledger(streams), filter, limit);
    }

    /** The complaint's state in this ledger store (or one partition's copy of it). */
    public static Optional<DeadlineState> in(ReadOnlyKeyValueStore<String, ComplaintLedger> ledger, String complaintId) {
        return Optional.ofNullable(ledger.get(complaintId)).map(ComplaintLedger::getState);
    }

    /** Up to {@code limit} complaints' states in this ledger store (or one partition's copy) that match. */
    public static List<DeadlineState> matchingIn(ReadOnlyKeyValueStore<String, ComplaintLedger> ledger,
                                                 Predicate<DeadlineState> filter, int limit) {
        List<DeadlineState> out = new ArrayList<>();
        try (KeyValueIterator<String, ComplaintLedger> it = ledger.all()) {
            while (it.hasNext() && out.size() < limit) {
                DeadlineState state = it.next().value.getState();
                if (state != null && filter.test(state)) {
                    out.add(state);
                }
            }
        }
        return out;
    }
}
