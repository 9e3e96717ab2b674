package io.complaintstreams.ingest.publish;

import java.time.Duration;

/**
 * How {@link KafkaEventPublisher} produces.
 *
 * @param transactional one transaction per batch, aborted on any failure, so read_committed consumers see
 *     a batch entirely or not at all
 * @param transactionalIdPrefix producer {@code i} uses {@code prefix-i} as its transactional.id: stable
 *     across restarts (a restart fences and aborts what a crashed run left open) and distinct for every
 *     process publishing at the same time (e.g. {@code complaint-streams-ingest} for {@code run} and
 *     {@code complaint-streams-import} for {@code import})
 * @param producers number of producers, each publishing one batch at a time (concurrent HTTP requests
 *     beyond this wait for a free producer)
 * @param ackTimeout how long a batch may take to be acknowledged (and committed); also the producers'
 *     {@code max.block.ms} unless the client properties set it
 */
public record KafkaPublisherSettings(boolean transactional, String transactionalIdPrefix, int producers, Duration ackTimeout) {
    public KafkaPublisherSettings {
        if (producers < 1) {
            throw new IllegalArgumentException("producers must be at least 1");
        }
        if (ackTimeout == null || ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ackTimeout must be positive");
        }
        if (transactional && (transactionalIdPrefix == null || transactionalIdPrefix.isBlank())) {
            throw new IllegalArgumentException("transactionalIdPrefix is required when transactional");
        }
    }

    /** Transactional, prefix {@code complaint-streams-ingest}, 4 producers, 10 s. */
    public static KafkaPublisherSettings defaults() {
        return new KafkaPublisherSettings(true, "complaint-streams-ingest", 4, Duration.ofSeconds(10));
    }

    public KafkaPublisherSettings withTransactionalIdPrefix(String prefix) {
        return new KafkaPublisherSettings(transactional, prefix, producers, ackTimeout);
    }

    public KafkaPublisherSettings withTransactional(boolean value) {
        return new KafkaPublisherSettings(value, transactionalIdPrefix, producers, ackTimeout);
    }

    public KafkaPublisherSettings withProducers(int value) {
        return new KafkaPublisherSettings(transactional, transactionalIdPrefix, value, ackTimeout);
    }

    public KafkaPublisherSettings withAckTimeout(Duration value) {
        return new KafkaPublisherSettings(transactional, transactionalIdPrefix, producers, value);
    }
}
