package io.complaintstreams.domain.ombudsman;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One step of a complaint's case at the Housing Ombudsman, free of Kafka and Avro types.
 *
 * @param type {@code REFERRED}, {@code DETERMINED}, {@code ORDER_MADE}, {@code ORDER_COMPLETED} or {@code OTHER}
 * @param findings for DETERMINED: the findings (e.g. {@code MALADMINISTRATION}), each with its issue (may be null)
 * @param orderDueOn for ORDER_MADE: the Europe/London date the landlord must comply by
 * @param amount for ORDER_MADE: compensation ordered in pounds, or null
 */
public record OmbudsmanFact(String eventId, String caseId, String complaintId, String landlordId, String residentId, String type,
                            Instant occurredAt, List<Finding> findings, String orderId, String order, LocalDate orderDueOn,
                            Double amount) {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** One finding of a determination. */
    public record Finding(String finding, String issue) {
    }

    public OmbudsmanFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The Europe/London date of {@code occurredAt}. */
    public LocalDate date() {
        return occurredAt.atZone(ZONE).toLocalDate();
    }

    /** Why the fact cannot be taken, as "field: reason"; null when it can. */
    public String rejectReason() {
        if (caseId == null || caseId.isBlank()) {
            return "caseId: missing";
        }
        if (complaintId == null || complaintId.isBlank()) {
            return "complaintId: missing";
        }
        if (landlordId == null || landlordId.isBlank()) {
            return "landlordId: missing";
        }
        boolean order = type.equals("ORDER_MADE") || type.equals("ORDER_COMPLETED");
        if (order && (orderId == null || orderId.isBlank())) {
            return "orderId: missing for " + type;
        }
        if (type.equals("ORDER_MADE") && orderDueOn == null) {
            return "orderDueOn: missing for ORDER_MADE";
        }
        return null;
    }
}
