package io.complaintstreams.ingest;

import org.apache.avro.specific.SpecificRecordBase;

/**
 * Maps one JSON object to one Avro record, checking fields in the contract's order so the first bad one
 * is named. The record's {@code eventId} is left empty: {@link EventParsers} fills it in.
 */
interface EventParser<V extends SpecificRecordBase> {
    V parse(JsonFields fields);

    /** The Kafka key: the record's own identity field. */
    String key(V value);
}
