package io.complaintstreams.streams.aggregation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer of a stats query: every period from..to, in order, zero-filled. */
public record StatsReport(String unit, String from, String to, String landlordId, List<PeriodStats> periods) {
    public StatsReport {
        periods = List.copyOf(periods);
    }

    /**
     * This report plus another instance's share of the same query (its raw counters per period): each
     * period-and-landlord row lives on one instance, so the counters add up and the rates are derived again.
     */
    public StatsReport plus(Map<String, Map<String, Long>> countersByPeriod) {
        List<PeriodStats> summed = periods.stream().map(p -> {
            Map<String, Long> counters = new java.util.HashMap<>(p.counters());
            countersByPeriod.getOrDefault(p.period(), Map.of()).forEach((name, value) -> counters.merge(name, value, Long::sum));
            return PeriodStats.of(p.period(), counters);
        }).toList();
        return new StatsReport(unit, from, to, landlordId, summed);
    }

    /** {@code {"from","to","landlordId","months"|"weeks":[...]}} (landlordId null for the sum over landlords). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from);
        json.put("to", to);
        json.put("landlordId", landlordId);
        json.put(unit + "s", periods.stream().map(p -> p.toJson(unit)).toList());
        return json;
    }
}
