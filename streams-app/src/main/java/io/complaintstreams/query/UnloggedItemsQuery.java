package io.complaintstreams.query;

import complaintstreams.state.UnloggedItem;
import complaintstreams.state.UnloggedItems;
import io.complaintstreams.streams.classification.ClassificationPart;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * The officers' grouped possible-unlogged-complaint items held by this instance (store
 * {@value ClassificationPart#UNLOGGED_ITEMS_STORE}, its active partitions). Throws
 * {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while the store is rebalancing or restoring.
 */
public final class UnloggedItemsQuery {
    /** One item and the resident it belongs to. */
    public record ResidentItem(String residentId, UnloggedItem item) {}

    private final KafkaStreams streams;

    public UnloggedItemsQuery(KafkaStreams streams) {
        this.streams = streams;
    }

    public List<ResidentItem> allLocal() {
        List<ResidentItem> out = new ArrayList<>();
        var store = streams.store(StoreQueryParameters.fromNameAndType(ClassificationPart.UNLOGGED_ITEMS_STORE,
                QueryableStoreTypes.<String, UnloggedItems>keyValueStore()));
        try (KeyValueIterator<String, UnloggedItems> it = store.all()) {
            while (it.hasNext()) {
                UnloggedItems book = it.next().value;
                for (UnloggedItem item : book.getItems()) {
                    out.add(new ResidentItem(book.getResidentId(), item));
                }
            }
        }
        return out;
    }
}
