package io.complaintstreams.streams.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Open complaints by the next date on which their status or alerts can change, so that a punctuation reads only
 * the complaints due for a look, not every complaint. Keys are {@code YYYY-MM-DD|complaintId}: fixed-width dates
 * sort lexicographically, and the separator sorts below any character of an id's successor range.
 */
final class DeadlineIndex {
    private static final char SEPARATOR = '|';
    private final KeyValueStore<String, String> store;

    DeadlineIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    static String key(LocalDate date, String complaintId) {
        return date + String.valueOf(SEPARATOR) + complaintId;
    }

    void put(LocalDate date, String complaintId) {
        store.put(key(date, complaintId), complaintId);
    }

    void remove(String indexKey) {
        if (indexKey != null) {
            store.delete(indexKey);
        }
    }

    /** Index entries dated on or before {@code today}, oldest first. */
    List<KeyValue<String, String>> dueOnOrBefore(LocalDate today) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        String upperExclusive = today.plusDays(1).toString();
        try (KeyValueIterator<String, String> it = store.range("0000-01-01", upperExclusive)) {
            while (it.hasNext()) {
                due.add(it.next());
            }
        }
        return due;
    }
}
