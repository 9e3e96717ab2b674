package io.complaintstreams.streams.deadline;

/**
 * A complaint event that makes no sense given what is known (e.g. RESPONDED for a complaint never received).
 * Thrown from the processor so that the processing exception handler writes it to the dead-letter topic with the
 * reason in Kafka Streams' {@code __streams.errors.message} header.
 */
public final class RejectedEventException extends RuntimeException {
    public RejectedEventException(String complaintId, String reason) {
        super("complaint " + complaintId + ": " + reason);
    }
}
