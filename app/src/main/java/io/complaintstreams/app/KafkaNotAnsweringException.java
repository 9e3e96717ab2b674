package io.complaintstreams.app;

/**
 * Kafka did not answer {@code run}'s start-up checks at all: the cluster is down or unreachable, or
 * {@code --bootstrap-servers} or the security settings are wrong. Told in one line (exit 1), not with a stack trace.
 */
public final class KafkaNotAnsweringException extends IllegalStateException {
    KafkaNotAnsweringException(String message) {
        super(message);
    }
}
