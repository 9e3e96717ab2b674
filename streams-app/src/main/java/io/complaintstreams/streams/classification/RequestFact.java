package io.complaintstreams.streams.classification;

import complaintstreams.events.ServiceRequest;
import complaintstreams.events.Signal;
import java.time.Instant;
import java.util.List;

/**
 * What the chasing rule learns about one service request, keyed by requestId: a status change, or a resident's
 * contact about it (carrying the contact's classified signal fields). One type for both, so the two travel through
 * one repartition topic and need no co-partitioning.
 */
record RequestFact(Kind kind, String eventId, String status, String contactId, String landlordId, String residentId,
                   Instant occurredAt, List<String> themes, String tenure, boolean dissatisfied) {

    enum Kind { STATUS, CONTACT }

    static RequestFact status(ServiceRequest r) {
        return new RequestFact(Kind.STATUS, r.getEventId(), r.getStatus().name(), null, r.getLandlordId(),
                r.getResidentId(), r.getOccurredAt(), List.of(), null, false);
    }

    static RequestFact contact(Signal s) {
        return new RequestFact(Kind.CONTACT, s.getSignalId(), null, s.getSourceId(), s.getLandlordId(),
                s.getResidentId(), s.getOccurredAt(), List.copyOf(s.getThemes()),
                s.getTenure() == null ? null : s.getTenure().name(), s.getDissatisfied());
    }
}
