package io.complaintstreams.streams.classification;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Signal;
import java.time.Instant;

/**
 * What the unlogged-complaint check learns about one resident, keyed by residentId: a signal asking for a
 * complaint (RAISE_COMPLAINT or OFFER_COMPLAINT), a stage 1 complaint RECEIVED, or the resident's erasure
 * ({@code id} = the mask that replaces the resident id). One type for all, so they travel through one repartition
 * topic and need no co-partitioning. {@code themes} and {@code confidence} (a signal's, for grouping into officers'
 * items) are null when not known. On the repartition topic as binary Avro {@code UnloggedResidentFact}
 * ({@link ResidentFactCodec}).
 */
record ResidentFact(Kind kind, String id, String landlordId, Instant occurredAt, String source, String sourceId,
                    String action, java.util.List<String> themes, Double confidence) {

    enum Kind { SIGNAL, RECEIVED, ERASED }

    static ResidentFact signal(Signal s) {
        return new ResidentFact(Kind.SIGNAL, s.getSignalId(), s.getLandlordId(), s.getOccurredAt(),
                s.getSource().name(), s.getSourceId(), s.getAction().name(), java.util.List.copyOf(s.getThemes()),
                s.getConfidence());
    }

    static ResidentFact received(ComplaintEvent e) {
        return new ResidentFact(Kind.RECEIVED, e.getComplaintId(), e.getLandlordId(), e.getOccurredAt(), null, null,
                null, null, null);
    }

    /** The resident (the record's key) is erased: their state moves to {@code maskedId}. */
    static ResidentFact erased(String maskedId) {
        return new ResidentFact(Kind.ERASED, maskedId, null, null, null, null, null, null, null);
    }
}
