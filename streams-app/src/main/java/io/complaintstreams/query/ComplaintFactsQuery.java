package io.complaintstreams.query;

import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.deadline.LedgerFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Every complaint's facts held by this instance (the {@code complaint-ledger} store), for the TSM and annual report
 * figures. With several instances each answers for its own partitions.
 */
public final class ComplaintFactsQuery {
    private final KafkaStreams streams;

    public ComplaintFactsQuery(KafkaStreams streams) {
        this.streams = streams;
    }

    public Collection<List<ComplaintFact>> allLocal() {
        return factsIn(ledger(streams));
    }

    /** Every complaint's facts in this ledger store (or one partition's copy of it). */
    public static List<List<ComplaintFact>> factsIn(ReadOnlyKeyValueStore<String, ComplaintLedger> ledger) {
        List<List<ComplaintFact>> out = new ArrayList<>();
        try (KeyValueIterator<String, ComplaintLedger> it = ledger.all()) {
            while (it.hasNext()) {
                out.add(LedgerFacts.toDomain(it.next().value));
            }
        }
        return out;
    }

    /** This instance's active partitions of the ledger store. */
    public static ReadOnlyKeyValueStore<String, ComplaintLedger> ledger(KafkaStreams streams) {
        return streams.store(StoreQueryParameters.fromNameAndType(DeadlineClockPart.LEDGER_STORE,
                QueryableStoreTypes.<String, ComplaintLedger>keyValueStore()));
    }
}
