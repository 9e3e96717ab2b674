package io.complaintstreams.streams.aggregation;

import java.util.Map;
import java.util.TreeMap;

/** The value of the monthly and weekly stores: a landlord's counters for one period. Zero counters are dropped. */
public record PeriodCounters(String period, String landlordId, Map<String, Long> counters) {
    public PeriodCounters {
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }

    PeriodCounters plus(Map<String, Long> delta) {
        Map<String, Long> sum = new TreeMap<>(counters);
        delta.forEach((name, v) -> sum.merge(name, v, Long::sum));
        sum.values().removeIf(v -> v == 0);
        return new PeriodCounters(period, landlordId, sum);
    }

    long get(String counter) {
        return counters.getOrDefault(counter, 0L);
    }
}
