package io.complaintstreams.streams;

import complaintstreams.events.Signal;
import java.util.Optional;
import org.apache.kafka.streams.kstream.KStream;

/**
 * Streams one part of the topology makes and a later part reads in the same topology (never through its own output
 * topic): the signals classification makes, which the aggregates count where they are made.
 */
public final class DerivedStreams {
    private KStream<String, Signal> signals;

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
}
