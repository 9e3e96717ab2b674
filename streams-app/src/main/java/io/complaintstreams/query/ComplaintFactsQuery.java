package io.complaintstreams.query;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.deadline.StoredComplaint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * Every complaint's facts held by this instance (the {@code deadline-complaints} store), for the TSM and annual
 * report figures. With several instances each answers for its own partitions.
 */
public final class ComplaintFactsQuery {
    private final KafkaStreams streams;

    public ComplaintFactsQuery(KafkaStreams streams) {
        this.streams = streams;
    }

    public Collection<List<ComplaintFact>> allLocal() {
        var store = streams.store(StoreQueryParameters.fromNameAndType(DeadlineClockPart.COMPLAINTS_STORE,
                QueryableStoreTypes.<String, StoredComplaint>keyValueStore()));
        List<List<ComplaintFact>> out = new ArrayList<>();
        try (KeyValueIterator<String, StoredComplaint> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, StoredComplaint> entry = it.next();
                out.add(entry.value.facts.stream().map(f -> f.toDomain(entry.key)).toList());
            }
        }
        return out;
    }
}
