package io.complaintstreams.streams.aggregation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer of a stats query: every period from..to, in order, zero-filled. */
public record StatsReport(String unit, String from, String to, String landlordId, List<PeriodStats> periods) {
    public StatsReport {
        periods = List.copyOf(periods);
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
