package io.complaintstreams.streams.deadline;

import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.ComplaintView;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * What else reads a complaint's ledger in the ledger's own task, right after the one evaluation of a new fact (the
 * aggregates: each complaint's contributions to the period counters). It may change the ledger's derived fields
 * before it is written, and write stores of its own, listed in {@link #storeNames()} (connected to the ledger
 * processor, so they commit with the ledger).
 */
public interface LedgerListener {

    /** Stores this listener reads or writes, connected to the ledger processor. */
    default Set<String> storeNames() {
        return Set.of();
    }

    default void init(ProcessorContext<?, ?> context) {}

    /** A new fact was added and evaluated: {@code view} is the lifecycle's view, {@code facts} in canonical order. */
    void onNewFact(ComplaintLedger ledger, ComplaintView view, List<ComplaintFact> facts, long timestampMs);

    /** The ledger is being deleted (its facts were dead-lettered): undo whatever it contributed. */
    void onRemoved(ComplaintLedger ledger, long timestampMs);

    /** Makes one listener per processor instance (one per task). */
    interface Factory extends Serializable {
        LedgerListener create();

        default Set<String> storeNames() {
            return create().storeNames();
        }
    }

    /** No one else reads the ledger in its task. */
    static Factory none() {
        return () -> new LedgerListener() {
            @Override
            public void onNewFact(ComplaintLedger ledger, ComplaintView view, List<ComplaintFact> facts, long timestampMs) {}

            @Override
            public void onRemoved(ComplaintLedger ledger, long timestampMs) {}
        };
    }
}
