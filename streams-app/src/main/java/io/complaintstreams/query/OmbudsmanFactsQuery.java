package io.complaintstreams.query;

import complaintstreams.state.OmbudsmanCaseEntry;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.streams.ombudsman.OmbudsmanFacts;
import io.complaintstreams.streams.ombudsman.OmbudsmanPart;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/** Every Ombudsman case event held by this instance (store {@code ombudsman-cases}), for the reports; its own partitions only. */
public final class OmbudsmanFactsQuery {
    private final KafkaStreams streams;

    public OmbudsmanFactsQuery(KafkaStreams streams) {
        this.streams = streams;
    }

    public List<OmbudsmanFact> allLocal() {
        List<OmbudsmanFact> out = new ArrayList<>();
        var store = streams.store(StoreQueryParameters.fromNameAndType(OmbudsmanPart.CASES_STORE,
                QueryableStoreTypes.<String, OmbudsmanCaseEntry>keyValueStore()));
        try (KeyValueIterator<String, OmbudsmanCaseEntry> it = store.all()) {
            while (it.hasNext()) {
                out.addAll(OmbudsmanFacts.toDomain(it.next().value.getFacts()));
            }
        }
        return out;
    }
}
