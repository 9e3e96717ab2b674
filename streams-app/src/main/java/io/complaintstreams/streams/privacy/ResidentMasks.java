package io.complaintstreams.streams.privacy;

import complaintstreams.events.DeadlineState;
import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.LedgerFact;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stores of the production topology that hold resident ids, and how each is masked: the complaint ledger
 * ({@code complaint-ledger}: each fact's residentId and the published state's, re-published to
 * {@code complaints.deadlines}). The store is scanned once per request (erasures are rare).
 */
final class ResidentMasks {
    private ResidentMasks() {}

    static List<ResidentMask> production() {
        return List.of((context, residentId, maskedId, republish) -> {
            KeyValueStore<String, ComplaintLedger> ledger = context.getStateStore(DeadlineClockPart.LEDGER_STORE);
            return rewrite(ledger, (ComplaintLedger entry) -> {
                boolean inFacts = entry.getFacts().stream().anyMatch(f -> residentId.equals(f.getResidentId()));
                boolean inState = entry.getState() != null && residentId.equals(entry.getState().getResidentId());
                if (!inFacts && !inState) {
                    return null;
                }
                List<LedgerFact> facts = new ArrayList<>(entry.getFacts().size());
                for (LedgerFact f : entry.getFacts()) {
                    facts.add(residentId.equals(f.getResidentId()) ? LedgerFact.newBuilder(f).setResidentId(maskedId).build() : f);
                }
                ComplaintLedger.Builder masked = ComplaintLedger.newBuilder(entry).setFacts(facts);
                if (inState) {
                    DeadlineState state = DeadlineState.newBuilder(entry.getState()).setResidentId(maskedId).build();
                    masked.setState(state);
                    republish.accept(entry.getComplaintId(), state);
                }
                return masked.build();
            });
        });
    }

    /** Applies {@code change} (null: unchanged) to every value, writing after the scan; returns the count changed. */
    static <V> int rewrite(KeyValueStore<String, V> store, Function<V, V> change) {
        List<KeyValue<String, V>> updates = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                V changed = kv.value == null ? null : change.apply(kv.value);
                if (changed != null) {
                    updates.add(KeyValue.pair(kv.key, changed));
                }
            }
        }
        updates.forEach(kv -> store.put(kv.key, kv.value));
        return updates.size();
    }
}
