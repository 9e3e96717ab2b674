package io.complaintstreams.ingest.publish;

/** The broker did not acknowledge every record of a batch (in time). Nothing of the batch may be relied on. */
public final class PublishException extends Exception {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
