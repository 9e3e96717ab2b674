package io.complaintstreams.streams;

import complaintstreams.events.Signal;
import complaintstreams.privacy.ErasureRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.kstream.KStream;

/**
 * Streams one part of the topology makes and a later part reads in the same topology (never through its own output
 * topic): the signals classification makes, which the aggregates count where they are made.
 */
public final class DerivedStreams {
    private KStream<String, Signal> signals;
    private KStream<String, ErasureRequest> erasureRequests;

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
}
