package io.complaintstreams.streams.guard;

import org.apache.kafka.common.errors.SerializationException;

/**
 * An input record the topology refuses while decoding it; its message, "field: reason" (e.g.
 * {@code "occurredAt: too-far-future: 2099-01-05T10:00:00Z is more than PT5M after now (...)"}), becomes the
 * dead-letter record's {@code __streams.errors.message} and {@code error-reason} headers.
 */
public final class RefusedInputException extends SerializationException {
    public RefusedInputException(String fieldAndReason) {
        super(fieldAndReason);
    }
}
