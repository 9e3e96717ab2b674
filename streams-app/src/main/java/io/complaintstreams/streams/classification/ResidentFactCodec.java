package io.complaintstreams.streams.classification;

import complaintstreams.state.UnloggedResidentFact;
import complaintstreams.state.UnloggedResidentFactKind;
import io.complaintstreams.schema.StateSerdes;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * {@link ResidentFact} as binary Avro {@code UnloggedResidentFact} (repartition topic
 * {@value ClassificationPart#RESIDENT_FACTS_TOPIC}; schema and kept versions in {@code schemas/}, serde
 * {@code StateSerdes.UNLOGGED_RESIDENT_FACT}). The fields a kind does not have stay null.
 */
final class ResidentFactCodec {
    /** The repartition topic's value serde. A JSON value (before this version) is a SerializationException naming reset. */
    static final Serde<ResidentFact> SERDE = Serdes.serdeFrom(
            (topic, fact) -> fact == null ? null : StateSerdes.UNLOGGED_RESIDENT_FACT.encode(toAvro(fact)),
            (topic, bytes) -> {
                ResidentStateCodec.refuseJson(bytes, ClassificationPart.RESIDENT_FACTS_TOPIC);
                UnloggedResidentFact avro = StateSerdes.UNLOGGED_RESIDENT_FACT.decode(bytes);
                return avro == null ? null : fromAvro(avro);
            });

    private ResidentFactCodec() {}

    static UnloggedResidentFact toAvro(ResidentFact f) {
        return UnloggedResidentFact.newBuilder().setKind(UnloggedResidentFactKind.valueOf(f.kind().name()))
                .setId(f.id()).setLandlordId(f.landlordId()).setOccurredAt(f.occurredAt()).setSource(f.source())
                .setSourceId(f.sourceId()).setAction(f.action()).setThemes(f.themes()).setConfidence(f.confidence())
                .build();
    }

    static ResidentFact fromAvro(UnloggedResidentFact a) {
        return new ResidentFact(ResidentFact.Kind.valueOf(a.getKind().name()), a.getId(), a.getLandlordId(),
                a.getOccurredAt(), a.getSource(), a.getSourceId(), a.getAction(),
                a.getThemes() == null ? null : List.copyOf(a.getThemes()), a.getConfidence());
    }
}
