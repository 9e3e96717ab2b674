package io.complaintstreams.streams.guard;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor rejects (e.g. RESPONDED for a complaint never received) goes to the dead-letter topic with its
 * reason and processing continues; from a punctuation (no source record, timestamp -1) the dead-letter record is
 * stamped now instead of failing to build. A global store's record (the key ring, {@code complaints.resident-keys}),
 * which Kafka Streams 4.3 cannot dead-letter, fails the global thread instead of being dropped: the instance stops
 * with the record's topic, partition, offset and reason in the log (the record stays on its topic).
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private DeadLetterRecords deadLetters = new DeadLetterRecords(null, null, null);

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (DeadLetterHandlers.global(context)) {
            LOG.error("Global store record at {} failed and cannot be dead-lettered (Kafka Streams has no dead-letter queue "
                    + "for global stores): stopping rather than dropping it: {}", DeadLetterHandlers.where(context), exception.toString());
            return Response.fail();
        }
        LOG.warn("Dead-lettered at {}: {}", DeadLetterHandlers.where(context), exception.getMessage());
        return Response.resume(deadLetters.of(context, exception));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterHandlers.from(configs);
    }
}
