package io.complaintstreams.report;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Avro complaint events to domain facts, grouped per complaint and de-duplicated by eventId (first kept). */
public final class ComplaintEventFacts {
    private final Map<String, Map<String, ComplaintFact>> byComplaint = new LinkedHashMap<>();

    public void add(ComplaintEvent e) {
        ComplaintFact fact = toFact(e);
        byComplaint.computeIfAbsent(fact.complaintId(), k -> new LinkedHashMap<>()).putIfAbsent(fact.eventId(), fact);
    }

    public Collection<List<ComplaintFact>> complaints() {
        List<List<ComplaintFact>> all = new ArrayList<>(byComplaint.size());
        byComplaint.values().forEach(facts -> all.add(List.copyOf(facts.values())));
        return all;
    }

    public static ComplaintFact toFact(ComplaintEvent e) {
        return ComplaintFact.builder(e.getEventId(), FactType.valueOf(e.getType().name()), e.getStage(), e.getOccurredAt())
                .complaint(e.getComplaintId(), e.getLandlordId(), e.getResidentId())
                .extensionWorkingDays(e.getExtensionWorkingDays())
                .handlerId(e.getHandlerId())
                .outcome(e.getOutcome() == null ? null : e.getOutcome().name())
                .category(e.getCategory())
                .themes(e.getThemes() == null ? List.of() : List.copyOf(e.getThemes()))
                .remedyAmount(e.getRemedyAmount())
                .reason(e.getReason())
                .tenure(e.getTenure() == null ? null : e.getTenure().name())
                .build();
    }
}
