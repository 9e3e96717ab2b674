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

    static String where(org.apache.kafka.streams.errors.ErrorHandlerContext c) {
        return c.topic() + "-" + c.partition() + "@" + c.offset() + " (task " + c.taskId() + ", node " + c.processorNodeId() + ")";
    }
}
