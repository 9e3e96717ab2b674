package io.complaintstreams.streams.classification;

import complaintstreams.state.ServiceRequestLedger;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologySettings;
import java.io.Serializable;
import java.util.Set;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * What else reads a service request's ledger entry in the ledger's own task, right after a new fact was added (the
 * aggregates: the request's contributions to the period counters). It may set the entry's {@code contributions}
 * before the entry is written, and write stores of its own, listed in {@link Factory#storeNames()} (connected to the
 * ledger processor, so they commit with the ledger).
 */
public interface RequestLedgerListener {

    default void init(ProcessorContext<?, ?> context) {}

    /** A new fact was added to {@code ledger} (facts in arrival order); called before the entry is written. */
    void onNewFact(ServiceRequestLedger ledger);

    /** Makes one listener per processor instance (one per task), and the stores it needs. */
    interface Factory extends Serializable {
        RequestLedgerListener create(TopologySettings settings);

        /** Stores the listener reads or writes, connected to the ledger processor. */
        Set<String> storeNames();

        /** Adds {@link #storeNames()} to the builder unless already added (called before the ledger connects to them). */
        void addStores(StreamsBuilder builder, InputStreams inputs);
    }

    /** No one else reads the ledger in its task (classification alone: the chasing rule only). */
    static Factory none() {
        return new Factory() {
            @Override
            public RequestLedgerListener create(TopologySettings settings) {
                return ledger -> {};
            }

            @Override
            public Set<String> storeNames() {
                return Set.of();
            }

            @Override
            public void addStores(StreamsBuilder builder, InputStreams inputs) {}
        };
    }
}
