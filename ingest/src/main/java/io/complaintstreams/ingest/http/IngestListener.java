package io.complaintstreams.ingest.http;

import io.complaintstreams.ingest.EventKind;

/**
 * Told of every ingest request's outcome, e.g. to count events in Micrometer. Called on request threads:
 * implementations must be thread-safe and quick.
 */
public interface IngestListener {
    enum Rejection { INVALID, UNAUTHORIZED, TOO_LARGE, UNKNOWN_KIND, UNAVAILABLE, UNSUPPORTED_MEDIA_TYPE, UNREADABLE_BODY }

    IngestListener NONE = new IngestListener() {
        @Override
        public void accepted(EventKind kind, int events) {}

        @Override
        public void rejected(EventKind kind, Rejection reason, int events) {}
    };

    /** {@code events} were acknowledged by the broker and answered 202. */
    void accepted(EventKind kind, int events);

    /**
     * A request was refused. {@code kind} is null for an unknown kind; {@code events} is the number of events
     * in the request when it could be read (none of them was published), else 1.
     */
    void rejected(EventKind kind, Rejection reason, int events);
}
