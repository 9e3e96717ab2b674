package io.complaintstreams.streams.deadline;

import complaintstreams.events.ComplaintEvent;
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
}
