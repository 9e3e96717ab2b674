package io.complaintstreams.streams.classification;

import complaintstreams.events.ServiceRequest;
import complaintstreams.state.RequestLedgerFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Why a status change cannot join its request's ledger, naming the field (empty: it can). The ledger is keyed by
 * requestId alone (CONTRACTS section 1), so a request id already held by another landlord would merge two requests;
 * and a {@code dueAt} dated before the request was opened (its earliest status change) cannot be a target. The
 * record is dead-lettered with this reason and the ledger is left as it was.
 */
final class ServiceRequestChecks {
    private ServiceRequestChecks() {}

    static Optional<String> rejectReason(List<RequestLedgerFact> existing, ServiceRequest incoming, ZoneId zone) {
        String id = incoming.getRequestId();
        Instant opened = incoming.getOccurredAt();
        for (RequestLedgerFact f : existing) {
            if (!RequestLedgerFacts.SERVICE_REQUEST.equals(f.getKind())) {
                continue;
            }
            if (!f.getLandlordId().equals(incoming.getLandlordId())) {
                return Optional.of("landlordId: service request " + id + " is already held by another landlord; request ids"
                        + " must be unique across the landlords of one instance (this record's landlordId "
                        + incoming.getLandlordId() + ")");
            }
            if (f.getOccurredAt().isBefore(opened)) {
                opened = f.getOccurredAt();
            }
        }
        Instant dueAt = incoming.getDueAt();
        if (dueAt != null && LocalDate.ofInstant(dueAt, zone).isBefore(LocalDate.ofInstant(opened, zone))) {
            return Optional.of("dueAt: " + dueAt + " is before service request " + id + " was opened (" + opened + ")");
        }
        return Optional.empty();
    }
}
