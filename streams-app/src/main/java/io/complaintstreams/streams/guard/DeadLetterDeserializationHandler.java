package io.complaintstreams.streams.guard;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be decoded, or that {@link InputGuard} refuses, goes to the dead-letter topic with its reason
 * and processing continues. One WARN line per record (no stack trace: it is in the dead-letter headers). A global
 * store's record (the key ring, {@code complaints.resident-keys}) that cannot be decoded fails the global thread with
 * its topic, partition, offset and reason in the log: Kafka Streams 4.3 cannot dead-letter there, and skipping it would
 * leave text sealed under that key unreadable with nothing said.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private DeadLetterRecords deadLetters = new DeadLetterRecords(null, null, null);

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (DeadLetterHandlers.global(context)) {
            LOG.error("Global store record at {} cannot be decoded and cannot be dead-lettered (Kafka Streams has no "
                    + "dead-letter queue for global stores): stopping rather than skipping it: {}", DeadLetterHandlers.where(context),
                    exception.toString());
            return Response.fail();
        }
        LOG.warn("Dead-lettered input {}: {}", DeadLetterHandlers.where(context), exception.getMessage());
        return Response.resume(deadLetters.of(context, exception));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterHandlers.from(configs);
    }
}
