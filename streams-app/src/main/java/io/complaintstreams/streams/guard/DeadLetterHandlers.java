package io.complaintstreams.streams.guard;

import io.complaintstreams.domain.validation.TimestampBounds;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/** How the three exception handlers find the dead-letter topic (the same config key as Kafka Streams' own). */
final class DeadLetterHandlers {
    private DeadLetterHandlers() {}

    static DeadLetterRecords from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return new DeadLetterRecords(topic == null ? null : String.valueOf(topic), TimestampBounds.defaults(), Clock.systemUTC());
    }

    /**
     * Whether the record belongs to a global store's processing (the global thread's task is {@code -1_-1}). Kafka
     * Streams 4.3 cannot send dead-letter records from there (it logs and drops them; KIP-1295 adds a dead-letter queue
     * for global stores later), so a handler must not answer "resume" with dead letters for it: the record would be
     * lost from the store and kept nowhere.
     */
    static boolean global(org.apache.kafka.streams.errors.ErrorHandlerContext c) {
        return c.taskId() != null && c.taskId().subtopology() < 0;
    }

    static String where(org.apache.kafka.streams.errors.ErrorHandlerContext c) {
        return c.topic() + "-" + c.partition() + "@" + c.offset() + " (task " + c.taskId() + ", node " + c.processorNodeId() + ")";
    }
}
