package io.complaintstreams.streams.ombudsman;

import complaintstreams.events.OmbudsmanEvent;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import java.util.List;

/** Avro {@code OmbudsmanEvent} to the domain's {@link OmbudsmanFact}. */
public final class OmbudsmanFacts {
    private OmbudsmanFacts() {
    }

    public static OmbudsmanFact toDomain(OmbudsmanEvent e) {
        return new OmbudsmanFact(e.getEventId(), e.getCaseId(), e.getComplaintId(), e.getLandlordId(), e.getResidentId(),
                e.getType().name(), e.getOccurredAt(),
                e.getFindings().stream().map(f -> new OmbudsmanFact.Finding(f.getFinding().name(), f.getIssue())).toList(),
                e.getOrderId(), e.getOrder(), e.getOrderDueOn(), e.getAmount());
    }

    public static List<OmbudsmanFact> toDomain(List<OmbudsmanEvent> events) {
        return events.stream().map(OmbudsmanFacts::toDomain).toList();
    }
}
