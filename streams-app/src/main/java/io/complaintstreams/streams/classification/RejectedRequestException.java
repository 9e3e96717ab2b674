package io.complaintstreams.streams.classification;

/** A service-request record the ledger refuses; the processing exception handler dead-letters it with this reason. */
final class RejectedRequestException extends RuntimeException {
    RejectedRequestException(String reason) {
        super(reason, null, false, false);
    }
}
