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
 * stamped now instead of failing to build.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private DeadLetterRecords deadLetters = new DeadLetterRecords(null, null, null);

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        LOG.warn("Dead-lettered at {}: {}", DeadLetterHandlers.where(context), exception.getMessage());
        return Response.resume(deadLetters.of(context, exception));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterHandlers.from(configs);
    }
}
