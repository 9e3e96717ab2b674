package io.complaintstreams.streams.guard;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Production errors. A record the broker refuses for what it is ({@link InvalidTimestampException}: a timestamp
 * beyond {@code log.message.timestamp.after.max.ms}; {@link RecordTooLargeException}) is dead-lettered, with a
 * timestamp the broker accepts, and processing resumes instead of killing the stream thread. Retriable errors are
 * retried; anything else (serialization of our own output, authorization) fails the task, as the default does:
 * losing an output silently would be worse. Under exactly-once a refused send also aborts the open transaction;
 * the input guard ({@link InputGuard}) is what keeps implausible timestamps out in the first place.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private DeadLetterRecords deadLetters = new DeadLetterRecords(null, null, null);

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof InvalidTimestampException || exception instanceof RecordTooLargeException) {
            LOG.warn("Dead-lettered output to {} refused by the broker (timestamp {}), from {}: {}", record.topic(),
                    record.timestamp(), DeadLetterHandlers.where(context), exception.toString());
            return Response.resume(deadLetters.of(context, exception, record));
        }
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        return Response.fail(deadLetters.of(context, exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return Response.fail(deadLetters.of(context, exception));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterHandlers.from(configs);
    }
}
