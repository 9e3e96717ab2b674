package io.complaintstreams.streams.aggregation;

import io.complaintstreams.domain.complaint.ComplaintFact;
import java.util.List;
import java.util.Map;

/** Store value of {@link AggregationPart#COMPLAINTS_STORE}: a complaint's facts and its last contributions. */
public record ComplaintEntry(List<ComplaintFact> facts, Map<String, Map<String, Long>> contributions) {
    public ComplaintEntry {
        facts = facts == null ? List.of() : List.copyOf(facts);
        contributions = contributions == null ? Map.of() : contributions;
    }

    static ComplaintEntry empty() {
        return new ComplaintEntry(List.of(), Map.of());
    }

    boolean has(String eventId) {
        return facts.stream().anyMatch(f -> eventId.equals(f.eventId()));
    }
}
