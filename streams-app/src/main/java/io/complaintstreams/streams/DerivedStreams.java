package io.complaintstreams.streams;

import complaintstreams.events.Signal;
import complaintstreams.privacy.ErasureRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.streams.kstream.KStream;

/**
 * Streams one part of the topology makes and a later part reads in the same topology (never through its own output
 * topic): the signals classification makes, which the aggregates count where they are made.
 */
public final class DerivedStreams {
    private KStream<String, Signal> signals;
    private KStream<String, ErasureRequest> erasureRequests;
    private Set<String> requestLedgerStores;
    private final Set<String> storesAdded = new HashSet<>();

    public void signals(KStream<String, Signal> stream) {
        if (signals != null) {
            throw new IllegalStateException("signals already published");
        }
        signals = stream;
    }

    /** Every signal the topology makes (classified records and chasing), keyed by residentId; empty without classification. */
    public Optional<KStream<String, Signal>> signals() {
        return Optional.ofNullable(signals);
    }

    /**
     * The erasure requests ({@code complaints.erasure-requests}), read by one source shared by every part that
     * masks a resident: made by {@code create} on the first call, the same stream on every later call.
     */
    public KStream<String, ErasureRequest> erasureRequests(Supplier<KStream<String, ErasureRequest>> create) {
        if (erasureRequests == null) {
            erasureRequests = create.get();
        }
        return erasureRequests;
    }

    /** The service-request ledger is in the topology, connected to {@code connectedStores} (its listener's). */
    public void requestLedgerBuilt(Set<String> connectedStores) {
        if (requestLedgerStores != null) {
            throw new IllegalStateException("the service-request ledger is already in the topology");
        }
        requestLedgerStores = Set.copyOf(connectedStores);
    }

    /** The stores the service-request ledger is connected to; empty when no part has built the ledger yet. */
    public Optional<Set<String>> requestLedgerStores() {
        return Optional.ofNullable(requestLedgerStores);
    }

    /**
     * True the first time a store shared by two parts is asked for: the part wired first adds it (a processor can only
     * be connected to a store added before it). The aggregates' period stores are shared so.
     */
    public boolean firstToAdd(String storeName) {
        return storesAdded.add(storeName);
    }
}
