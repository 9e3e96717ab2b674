package io.complaintstreams.streams;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import java.util.List;

/** The one mapping from the Avro {@code ComplaintEvent} to the domain's {@code ComplaintFact}. */
public final class ComplaintFacts {
    private ComplaintFacts() {}

    public static ComplaintFact of(ComplaintEvent e) {
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
