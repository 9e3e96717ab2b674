package io.complaintstreams.report;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.streams.ComplaintFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Avro complaint events to domain facts, grouped per complaint and de-duplicated by eventId (first kept). */
public final class ComplaintEventFacts {
    private final Map<String, Map<String, ComplaintFact>> byComplaint = new LinkedHashMap<>();

    public void add(ComplaintEvent e) {
        ComplaintFact fact = ComplaintFacts.of(e);
        byComplaint.computeIfAbsent(fact.complaintId(), k -> new LinkedHashMap<>()).putIfAbsent(fact.eventId(), fact);
    }

    public Collection<List<ComplaintFact>> complaints() {
        List<List<ComplaintFact>> all = new ArrayList<>(byComplaint.size());
        byComplaint.values().forEach(facts -> all.add(List.copyOf(facts.values())));
        return all;
    }

}
