package io.complaintstreams.ingest;

import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.topics.Topic;
import io.complaintstreams.topics.Topics;
import org.apache.avro.specific.SpecificRecordBase;

/** A valid input event: its kind, Kafka key and Avro value (with its eventId filled in). */
public record ParsedEvent(EventKind kind, String key, SpecificRecordBase value) {

    public String eventId() {
        return String.valueOf(value.get("eventId"));
    }

    /** The record to publish: the kind's (prefixed) topic, the key, the single-object Avro bytes. */
    public OutgoingRecord toRecord(Topics topics) {
        return OutgoingRecord.of(kind.topic(topics).name(), key, encode(kind.topic(topics)));
    }

    private <V extends org.apache.avro.specific.SpecificRecord> byte[] encode(Topic<V> topic) {
        return topic.valueSerde().encode(topic.valueSerde().type().cast(value));
    }
}
