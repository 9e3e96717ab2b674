package io.complaintstreams.streams;

import java.time.Instant;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is the CRM's {@code occurredAt}, not when the record reached Kafka, so stream time follows the
 * landlord's timeline (replays, late imports). Falls back to the record's own timestamp.
 * <p>An implausible {@code occurredAt} (before the floor or too far ahead, {@code guard.InputGuard}) never reaches
 * this extractor: it is refused while the record is decoded and dead-lettered, because Kafka Streams treats an
 * extractor exception as fatal for the thread and silently drops a negative extracted timestamp. So a far-future
 * record cannot move stream time (KIP-1334's problem).
 */
public final class OccurredAtExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof IndexedRecord value) {
            var field = value.getSchema().getField("occurredAt");
            if (field != null && value.get(field.pos()) instanceof Instant occurredAt) {
                return occurredAt.toEpochMilli();
            }
        }
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
