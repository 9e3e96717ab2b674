package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import java.time.Instant;
import java.util.List;

/** One complaint event as kept in the store (JSON), independent of the Avro schema's evolution. */
public record StoredFact(String eventId, String landlordId, String residentId, String type, int stage, Instant occurredAt,
                         Integer extensionWorkingDays, String handlerId, String outcome, String category,
                         List<String> themes, Double remedyAmount, String reason, String tenure) {

    static StoredFact of(ComplaintEvent e) {
        return new StoredFact(e.getEventId(), e.getLandlordId(), e.getResidentId(), e.getType().name(), e.getStage(),
                e.getOccurredAt(), e.getExtensionWorkingDays(), e.getHandlerId(),
                e.getOutcome() == null ? null : e.getOutcome().name(), e.getCategory(),
                e.getThemes() == null ? List.of() : List.copyOf(e.getThemes()), e.getRemedyAmount(), e.getReason(),
                e.getTenure() == null ? null : e.getTenure().name());
    }

    ComplaintEvent toAvro(String complaintId) {
        return ComplaintEvent.newBuilder().setEventId(eventId).setComplaintId(complaintId).setLandlordId(landlordId)
                .setResidentId(residentId).setType(complaintstreams.events.ComplaintEventType.valueOf(type)).setStage(stage)
                .setOccurredAt(occurredAt).setExtensionWorkingDays(extensionWorkingDays).setHandlerId(handlerId)
                .setOutcome(outcome == null ? null : complaintstreams.events.ComplaintOutcome.valueOf(outcome))
                .setCategory(category).setThemes(themes == null ? List.of() : themes).setRemedyAmount(remedyAmount)
                .setReason(reason).setTenure(tenure == null ? null : complaintstreams.events.Tenure.valueOf(tenure))
                .build();
    }

    public ComplaintFact toDomain(String complaintId) {
        return ComplaintFact.builder(eventId, FactType.valueOf(type), stage, occurredAt)
                .complaint(complaintId, landlordId, residentId)
                .extensionWorkingDays(extensionWorkingDays).handlerId(handlerId).outcome(outcome).category(category)
                .themes(themes == null ? List.of() : themes).remedyAmount(remedyAmount).reason(reason).tenure(tenure)
                .build();
    }
}
