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
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Every Ombudsman case event held by this instance (store {@code ombudsman-cases}), for the reports; its own partitions only. */
public final class OmbudsmanFactsQuery {
    private final KafkaStreams streams;

    public OmbudsmanFactsQuery(KafkaStreams streams) {
        this.streams = streams;
    }

    public List<OmbudsmanFact> allLocal() {
        return factsIn(streams.store(StoreQueryParameters.fromNameAndType(OmbudsmanPart.CASES_STORE,
                QueryableStoreTypes.<String, OmbudsmanCaseEntry>keyValueStore())));
    }

    /** Every Ombudsman case event in this store (or one partition's copy of it); sealed order wordings left closed. */
    public static List<OmbudsmanFact> factsIn(ReadOnlyKeyValueStore<String, OmbudsmanCaseEntry> store) {
        return factsIn(store, io.complaintstreams.privacy.TextVault.none());
    }

    /** As above, sealed order wordings opened through {@code vault} (README "Data protection"). */
    public static List<OmbudsmanFact> factsIn(ReadOnlyKeyValueStore<String, OmbudsmanCaseEntry> store,
                                              io.complaintstreams.privacy.TextVault vault) {
        List<OmbudsmanFact> out = new ArrayList<>();
        try (KeyValueIterator<String, OmbudsmanCaseEntry> it = store.all()) {
            while (it.hasNext()) {
                out.addAll(OmbudsmanFacts.toDomain(it.next().value.getFacts(), vault));
            }
        }
        return out;
    }
}
