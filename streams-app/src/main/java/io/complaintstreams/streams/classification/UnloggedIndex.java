package io.complaintstreams.streams.classification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Pending signals by the date a complaint should have been logged, so a punctuation reads only the signals now
 * overdue. Keys are {@code YYYY-MM-DD|residentId|signalId} (fixed-width dates sort lexicographically), values the
 * residentId. Only whole-date ranges are scanned, so ids never have to be prefix-safe.
 */
final class UnloggedIndex {
    private final KeyValueStore<String, String> store;

    UnloggedIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    static String key(LocalDate dueOn, String residentId, String signalId) {
        return dueOn + "|" + residentId + "|" + signalId;
    }

    void put(String key, String residentId) {
        store.put(key, residentId);
    }

    void remove(String key) {
        store.delete(key);
    }

    /** Entries due strictly before {@code today}, oldest first. */
    List<KeyValue<String, String>> dueBefore(LocalDate today) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.range("0000-01-01", today.toString())) {
            while (it.hasNext()) {
                due.add(it.next());
            }
        }
        return due;
    }
}
