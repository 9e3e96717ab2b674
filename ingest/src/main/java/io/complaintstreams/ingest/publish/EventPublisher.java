package io.complaintstreams.ingest.publish;

import java.util.List;

/** Publishes batches of records to Kafka. Implementations are thread-safe. */
public interface EventPublisher extends AutoCloseable {

    /**
     * Publishes the batch and returns only once the broker has acknowledged every record (and, for a
     * transactional publisher, committed the batch's transaction). Throws when that did not happen in time;
     * a transactional publisher then has aborted the batch, so read_committed consumers see none of it.
     */
    void publish(List<OutgoingRecord> batch) throws PublishException;

    /** Publishes rejected records to the dead-letter topic, with the same guarantee as {@link #publish}. */
    default void publishDeadLetters(String deadLetterTopic, List<DeadLetter> letters) throws PublishException {
        publish(letters.stream().map(letter -> letter.toRecord(deadLetterTopic)).toList());
    }

    @Override
    void close();
}
