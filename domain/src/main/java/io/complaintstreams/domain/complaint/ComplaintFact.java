package io.complaintstreams.domain.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One fact (event) of a complaint, as the domain sees it. Optional fields are null when absent; themes is
 * never null. {@code stage} is kept as given (validation rejects anything but 1 or 2).
 */
public record ComplaintFact(
        String eventId,
        String complaintId,
        FactType type,
        int stage,
        Instant occurredAt,
        Integer extensionWorkingDays,
        String handlerId,
        String outcome,
        String category,
        List<String> themes,
        Double remedyAmount,
        String reason,
        String landlordId,
        String residentId,
        String tenure) {
    /** Deadlines are counted on the Europe/London calendar date of occurredAt. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public ComplaintFact {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The Europe/London date of occurredAt. */
    public LocalDate date() {
        return occurredAt.atZone(ZONE).toLocalDate();
    }

    public static Builder builder(String eventId, FactType type, int stage, Instant occurredAt) {
        return new Builder(eventId, type, stage, occurredAt);
    }

    /** Builds a fact field by field (for mapping from Avro or JSON, and for tests). */
    public static final class Builder {
        private final String eventId;
        private final FactType type;
        private final int stage;
        private final Instant occurredAt;
        private String complaintId;
        private Integer extensionWorkingDays;
        private String handlerId;
        private String outcome;
        private String category;
        private List<String> themes = List.of();
        private Double remedyAmount;
        private String reason;
        private String landlordId;
        private String residentId;
        private String tenure;

        private Builder(String eventId, FactType type, int stage, Instant occurredAt) {
            this.eventId = eventId;
            this.type = type;
            this.stage = stage;
            this.occurredAt = occurredAt;
        }

        public Builder complaint(String complaintId, String landlordId, String residentId) {
            this.complaintId = complaintId;
            this.landlordId = landlordId;
            this.residentId = residentId;
            return this;
        }

        public Builder extensionWorkingDays(Integer days) {
            this.extensionWorkingDays = days;
            return this;
        }

        public Builder handlerId(String handlerId) {
            this.handlerId = handlerId;
            return this;
        }

        public Builder outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder themes(List<String> themes) {
            this.themes = themes;
            return this;
        }

        public Builder remedyAmount(Double remedyAmount) {
            this.remedyAmount = remedyAmount;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder tenure(String tenure) {
            this.tenure = tenure;
            return this;
        }

        public ComplaintFact build() {
            return new ComplaintFact(eventId, complaintId, type, stage, occurredAt, extensionWorkingDays, handlerId, outcome,
                    category, themes, remedyAmount, reason, landlordId, residentId, tenure);
        }
    }
}
