package io.complaintstreams.streams;

import java.time.Instant;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is the CRM's {@code occurredAt}, not when the record reached Kafka, so stream time follows the
 * landlord's timeline (replays, late imports). Falls back to the record's own timestamp.
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
