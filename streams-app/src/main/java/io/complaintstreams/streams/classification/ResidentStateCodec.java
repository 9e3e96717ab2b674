package io.complaintstreams.streams.classification;

import complaintstreams.state.UnloggedPendingSignal;
import complaintstreams.state.UnloggedResidentState;
import complaintstreams.state.UnloggedSettledSignal;
import io.complaintstreams.schema.StateSerdes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * {@link ResidentState} as binary Avro {@code UnloggedResidentState} (store
 * {@value ClassificationPart#UNLOGGED_STORE}; schema and kept versions in {@code schemas/}, serde
 * {@code StateSerdes.UNLOGGED_RESIDENT_STATE}). Order is kept: pending and settled signals in their maps' order,
 * receipt dates in the list's. Null themes and confidence stay null.
 */
final class ResidentStateCodec {
    /** The store's value serde. A value written as JSON (before this version) is a SerializationException naming reset. */
    static final Serde<ResidentState> SERDE = Serdes.serdeFrom(
            (topic, state) -> state == null ? null : StateSerdes.UNLOGGED_RESIDENT_STATE.encode(toAvro(state)),
            (topic, bytes) -> {
                refuseJson(bytes, ClassificationPart.UNLOGGED_STORE);
                UnloggedResidentState avro = StateSerdes.UNLOGGED_RESIDENT_STATE.decode(bytes);
                return avro == null ? null : fromAvro(avro);
            });

    private ResidentStateCodec() {}

    static UnloggedResidentState toAvro(ResidentState state) {
        List<UnloggedPendingSignal> pending = new ArrayList<>(state.pending.size());
        for (ResidentState.Pending p : state.pending.values()) {
            pending.add(UnloggedPendingSignal.newBuilder().setSignalId(p.signalId()).setLandlordId(p.landlordId())
                    .setSignalDate(p.signalDate()).setDueOn(p.dueOn()).setSource(p.source()).setSourceId(p.sourceId())
                    .setAction(p.action()).setIndexKey(p.indexKey()).setThemes(p.themes()).setConfidence(p.confidence())
                    .build());
        }
        List<UnloggedSettledSignal> settled = new ArrayList<>(state.settled.size());
        for (Map.Entry<String, java.time.LocalDate> s : state.settled.entrySet()) {
            settled.add(new UnloggedSettledSignal(s.getKey(), s.getValue()));
        }
        return new UnloggedResidentState(pending, settled, new ArrayList<>(state.receivedDates));
    }

    static ResidentState fromAvro(UnloggedResidentState avro) {
        ResidentState state = new ResidentState();
        for (UnloggedPendingSignal p : avro.getPending()) {
            state.pending.put(p.getSignalId(), new ResidentState.Pending(p.getSignalId(), p.getLandlordId(),
                    p.getSignalDate(), p.getDueOn(), p.getSource(), p.getSourceId(), p.getAction(), p.getIndexKey(),
                    p.getThemes() == null ? null : List.copyOf(p.getThemes()), p.getConfidence()));
        }
        for (UnloggedSettledSignal s : avro.getSettled()) {
            state.settled.put(s.getSignalId(), s.getSignalDate());
        }
        state.receivedDates.addAll(avro.getReceivedDates());
        return state;
    }

    /**
     * Versions before this one wrote this store and the repartition topic {@value ClassificationPart#RESIDENT_FACTS_TOPIC}
     * as JSON objects; they are not read: the upgrade resets the application and replays (README "Upgrading when
     * state changes").
     */
    static void refuseJson(byte[] bytes, String where) {
        if (bytes != null && bytes.length > 0 && bytes[0] == '{') {
            throw new SerializationException(where + " holds JSON written by a version before its Avro state:"
                    + " stop, run reset and replay with --clock event (README \"Upgrading when state changes\")");
        }
    }
}
