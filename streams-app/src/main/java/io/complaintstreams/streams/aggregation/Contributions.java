package io.complaintstreams.streams.aggregation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one entity (a complaint, survey, signal or service request) adds to the aggregates: store key
 * ({@code period|landlordId}) to counter name to amount. Every dated counter lands in its month and its ISO week.
 */
final class Contributions {
    private final Map<String, Map<String, Long>> byKey = new TreeMap<>();
    /** The store keys of the last landlord and date added to: an entity adds several counters on one date. */
    private String lastLandlordId;
    private LocalDate lastDate;
    private List<String> lastKeys;

    void add(String landlordId, LocalDate date, String counter, long amount) {
        if (amount == 0 || landlordId == null || date == null) {
            return;
        }
        if (!landlordId.equals(lastLandlordId) || !date.equals(lastDate)) {
            lastKeys = Periods.keysOf(date, landlordId);
            lastLandlordId = landlordId;
            lastDate = date;
        }
        for (String key : lastKeys) {
            byKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(counter, amount, Long::sum);
        }
    }

    void increment(String landlordId, LocalDate date, String counter) {
        add(landlordId, date, counter, 1);
    }

    Map<String, Map<String, Long>> toMap() {
        return byKey;
    }

    /** {@code now - before} per store key, without zero entries; keys with no change are left out. */
    static Map<String, Map<String, Long>> delta(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> now) {
        Map<String, Map<String, Long>> delta = new TreeMap<>();
        now.forEach((key, counters) -> counters.forEach((name, v) -> delta.computeIfAbsent(key, k -> new TreeMap<>()).merge(name, v, Long::sum)));
        before.forEach((key, counters) -> counters.forEach((name, v) -> delta.computeIfAbsent(key, k -> new TreeMap<>()).merge(name, -v, Long::sum)));
        delta.values().forEach(counters -> counters.values().removeIf(v -> v == 0));
        delta.values().removeIf(Map::isEmpty);
        return delta;
    }
}
