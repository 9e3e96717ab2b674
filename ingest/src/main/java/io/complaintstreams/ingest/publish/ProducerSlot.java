package io.complaintstreams.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One producer publishing one batch at a time (callers hold the slot exclusively). The producer is created
 * on first use; after a failure it cannot recover from (abort failed, fenced, timed out) it is closed and
 * the next batch creates a new one, whose {@code initTransactions} aborts whatever the old one left open.
 */
final class ProducerSlot {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerSlot.class);
    private final Properties properties;
    private final boolean transactional;
    private final Function<Properties, Producer<String, byte[]>> factory;
    private Producer<String, byte[]> producer;

    ProducerSlot(Properties properties, boolean transactional, Function<Properties, Producer<String, byte[]>> factory) {
        this.properties = properties;
        this.transactional = transactional;
        this.factory = factory;
    }

    void publish(List<OutgoingRecord> batch, long deadlineNanos) throws PublishException {
        Producer<String, byte[]> p = producer();
        try {
            if (transactional) {
                p.beginTransaction();
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutgoingRecord record : batch) {
                acks.add(p.send(toProducerRecord(record)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (transactional) {
                p.commitTransaction();
            }
        } catch (ExecutionException e) {
            throw failed(p, "the broker refused a record: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw failed(p, "the broker did not acknowledge every record in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(p, "interrupted while waiting for the broker", e);
        } catch (RuntimeException e) {
            throw failed(p, "cannot publish: " + e, e);
        }
    }

    void close(Duration timeout) {
        if (producer != null) {
            producer.close(timeout);
            producer = null;
        }
    }

    private Producer<String, byte[]> producer() throws PublishException {
        if (producer == null) {
            Producer<String, byte[]> created = factory.apply(properties);
            try {
                if (transactional) {
                    created.initTransactions();
                }
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw new PublishException("cannot start the producer: " + e, e);
            }
            producer = created;
        }
        return producer;
    }

    private PublishException failed(Producer<String, byte[]> p, String message, Throwable cause) {
        if (transactional) {
            try {
                p.abortTransaction();
                if (!(cause instanceof TimeoutException)) {
                    return new PublishException(message + "; batch aborted", cause);
                }
            } catch (RuntimeException abortFailed) {
                LOG.warn("cannot abort the transaction ({}); replacing the producer", abortFailed.toString());
            }
            discard();
            return new PublishException(message + "; batch aborted", cause);
        }
        return new PublishException(message + "; some records of the batch may have been written", cause);
    }

    /** A timed-out or broken producer is replaced so its late results cannot leak into the next batch. */
    private void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private static ProducerRecord<String, byte[]> toProducerRecord(OutgoingRecord record) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(record.topic(), null, record.key(), record.value());
        record.headers().forEach((name, value) ->
                out.headers().add(new RecordHeader(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8))));
        return out;
    }
}
