package io.complaintstreams.ingest.fuzz;

import complaintstreams.events.ComplaintEvent;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.domain.complaint.FactValidator;
import io.complaintstreams.domain.validation.TimestampBounds;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.schema.EventSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the topology would say of a record ingest published: for a complaint event, the domain's
 * {@link FactValidator} (the rules the deadline clock applies) and the timestamp bounds; every other input kind must at
 * least decode. Empty when the topology would accept it.
 */
final class TopologyView {
    private TopologyView() {}

    /** The record's fields as text (Avro's JSON rendering), e.g. to look for U+FFFD. */
    static String text(OutgoingRecord record) {
        String topic = record.topic();
        if (topic.endsWith("crm.complaint-events")) {
            return EventSerdes.COMPLAINT_EVENT.decode(record.value()).toString();
        } else if (topic.endsWith("crm.contacts")) {
            return EventSerdes.CONTACT.decode(record.value()).toString();
        } else if (topic.endsWith("crm.service-requests")) {
            return EventSerdes.SERVICE_REQUEST.decode(record.value()).toString();
        } else if (topic.endsWith("crm.surveys")) {
            return EventSerdes.SURVEY.decode(record.value()).toString();
        }
        return "";
    }

    static Optional<String> refusal(OutgoingRecord record) {
        String topic = record.topic();
        try {
            if (topic.endsWith("crm.complaint-events")) {
                ComplaintEvent e = EventSerdes.COMPLAINT_EVENT.decode(record.value());
                ComplaintFact fact = ComplaintFact.builder(e.getEventId(), FactType.valueOf(e.getType().name()), e.getStage(), e.getOccurredAt())
                        .complaint(e.getComplaintId(), e.getLandlordId(), e.getResidentId())
                        .extensionWorkingDays(e.getExtensionWorkingDays()).handlerId(e.getHandlerId())
                        .outcome(e.getOutcome() == null ? null : e.getOutcome().name()).category(e.getCategory())
                        .themes(e.getThemes()).remedyAmount(e.getRemedyAmount()).reason(e.getReason())
                        .tenure(e.getTenure() == null ? null : e.getTenure().name()).build();
                Optional<String> reason = FactValidator.rejectReason(List.of(), fact);
                if (reason.isPresent()) {
                    return reason;
                }
                // The topology checks against its own now, a little later than ingest's: allow a minute of drift.
                return new TimestampBounds(TimestampBounds.DEFAULT_FLOOR, TimestampBounds.DEFAULT_FUTURE_TOLERANCE.plus(Duration.ofMinutes(1)))
                        .rejectReason(e.getOccurredAt(), Instant.now());
            } else if (topic.endsWith("crm.contacts")) {
                EventSerdes.CONTACT.decode(record.value());
            } else if (topic.endsWith("crm.service-requests")) {
                EventSerdes.SERVICE_REQUEST.decode(record.value());
            } else if (topic.endsWith("crm.surveys")) {
                EventSerdes.SURVEY.decode(record.value());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("does not decode: " + e);
        }
    }
}
