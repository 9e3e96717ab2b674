package io.complaintstreams.streams.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Things to look at again on a date (complaints whose deadline status can change, signals whose grace period
 * ends), so that a punctuation reads only what is due rather than every entry. Keys are
 * {@code YYYY-MM-DD|part|part...}: fixed-width dates sort lexicographically, and a bare date sorts below every key
 * of that date, so a range up to it stops just before it.
 */
public final class DateIndex {
    private static final char SEPARATOR = '|';
    private final KeyValueStore<String, String> store;

    public DateIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    public static String key(LocalDate date, String... parts) {
        StringBuilder key = new StringBuilder(date.toString());
        for (String part : parts) {
            key.append(SEPARATOR).append(part);
        }
        return key.toString();
    }

    public void put(String key, String value) {
        store.put(key, value);
    }

    public void remove(String key) {
        if (key != null) {
            store.delete(key);
        }
    }

    /** Entries dated strictly before {@code date}, oldest first. */
    public List<KeyValue<String, String>> dueBefore(LocalDate date) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.range("0000-01-01", date.toString())) {
            while (it.hasNext()) {
                due.add(it.next());
            }
        }
        return due;
    }
}
