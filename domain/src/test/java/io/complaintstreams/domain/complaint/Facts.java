package io.complaintstreams.domain.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Test fixture: facts of complaint C1 of landlord L1, dated at noon London time. */
final class Facts {
    private Facts() {
    }

    static Instant at(String isoDate) {
        return LocalDate.parse(isoDate).atTime(LocalTime.NOON).atZone(ComplaintFact.ZONE).toInstant();
    }

    static ComplaintFact.Builder fact(String eventId, FactType type, int stage, String isoDate) {
        return ComplaintFact.builder(eventId, type, stage, at(isoDate)).complaint("C1", "L1", "R1");
    }

    static ComplaintFact of(String eventId, FactType type, int stage, String isoDate) {
        return fact(eventId, type, stage, isoDate).build();
    }
}
