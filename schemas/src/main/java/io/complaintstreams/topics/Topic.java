package io.complaintstreams.topics;

import io.complaintstreams.schema.SingleObjectSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** A topic's full name (prefix applied), its key serde (UTF-8 strings) and its value serde. */
public record Topic<V extends SpecificRecord>(String name, String baseName, SingleObjectSerde<V> valueSerde) {
    public Serde<String> keySerde() {
        return Serdes.String();
    }
}
