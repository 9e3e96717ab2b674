package io.complaintstreams.query;

import complaintstreams.state.UnloggedItem;
import complaintstreams.state.UnloggedItems;
import io.complaintstreams.streams.classification.ClassificationPart;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The officers' grouped possible-unlogged-complaint items in a copy of the store
 * {@value ClassificationPart#UNLOGGED_ITEMS_STORE} (one partition's, active or standby; see {@link LocalStoreCopies}).
 * Reading throws {@link org.apache.kafka.streams.errors.InvalidStateStoreException} if the copy is closed meanwhile.
 */
public final class UnloggedItemsQuery {
    /** One item and the resident it belongs to. */
    public record ResidentItem(String residentId, UnloggedItem item) {}

    private UnloggedItemsQuery() {}

    /** Every item in this store (or one partition's copy of it). */
    public static List<ResidentItem> itemsIn(ReadOnlyKeyValueStore<String, UnloggedItems> store) {
        List<ResidentItem> out = new ArrayList<>();
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
