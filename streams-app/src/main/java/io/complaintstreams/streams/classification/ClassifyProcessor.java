package io.complaintstreams.streams.classification;

import complaintstreams.events.Signal;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Drops a repeated input event (same eventId), classifies the rest once each and forwards the Signal keyed by
 * residentId. A repeat carries the same source key, so it reaches the same task and the same seen-store. The
 * seen-store is a window store: it forgets eventIds {@link #SEEN_RETENTION} of stream time after the event.
 */
final class ClassifyProcessor<V> extends ContextualProcessor<String, V, String, Signal> {
    /** Long enough to cover re-importing a whole year's file; stores one small entry per event. */
    static final Duration SEEN_RETENTION = Duration.ofDays(400);

    private final String seenStoreName;
    private final Function<V, SourceRecord> toSource;
    private final SignalFactory signals;
    private WindowStore<String, Long> seen;

    ClassifyProcessor(String seenStoreName, Function<V, SourceRecord> toSource, SignalFactory signals) {
        this.seenStoreName = seenStoreName;
        this.toSource = toSource;
        this.signals = signals;
    }

    @Override
    public void init(ProcessorContext<String, Signal> context) {
        super.init(context);
        seen = context.getStateStore(seenStoreName);
    }

    @Override
    public void process(Record<String, V> record) {
        SourceRecord source = toSource.apply(record.value());
        long ts = record.timestamp();
        if (alreadySeen(source.eventId(), ts)) {
            return;
        }
        seen.put(source.eventId(), ts, ts);
        signals.signalFor(source).ifPresent(signal ->
                context().forward(record.withKey(signal.getResidentId()).withValue(signal)));
    }

    private boolean alreadySeen(String eventId, long ts) {
        long span = SEEN_RETENTION.toMillis();
        try (WindowStoreIterator<Long> it = seen.fetch(eventId, Math.max(0, ts - span), ts + span)) {
            return it.hasNext();
        }
    }

    /** Owns the seen-store, so the store cannot be wired without its processor. */
    record SupplierOf<V>(String seenStoreName, Function<V, SourceRecord> toSource, Supplier<SignalFactory> signals)
            implements ProcessorSupplier<String, V, String, Signal> {

        @Override
        public Processor<String, V, String, Signal> get() {
            return new ClassifyProcessor<>(seenStoreName, toSource, signals.get());
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.windowStoreBuilder(
                    Stores.persistentWindowStore(seenStoreName, SEEN_RETENTION, Duration.ofMillis(1), false),
                    Serdes.String(), Serdes.Long()));
        }
    }
}
