package io.complaintstreams.streams.aggregation;

import java.util.Map;

/** A change to one aggregate ({@code period|landlordId}, the record key): counter name to amount added (may be negative). */
public record CounterDelta(String period, String landlordId, Map<String, Long> counters) {
    public CounterDelta {
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }
}
