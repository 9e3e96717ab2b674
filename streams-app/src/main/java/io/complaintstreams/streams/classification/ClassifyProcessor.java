package io.complaintstreams.streams.classification;

import complaintstreams.events.Signal;
import java.time.Duration;
import java.util.Set;
import io.complaintstreams.privacy.TextVault;
import java.util.function.BiFunction;
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
    private final BiFunction<V, TextVault, SourceRecord> toSource;
    private final SignalFactory signals;
    private final Function<ProcessorContext<String, Signal>, TextVault> vaults;
    private WindowStore<String, Long> seen;
    private TextVault vault;

    ClassifyProcessor(String seenStoreName, BiFunction<V, TextVault, SourceRecord> toSource, SignalFactory signals,
                      Function<ProcessorContext<String, Signal>, TextVault> vaults) {
        this.seenStoreName = seenStoreName;
        this.toSource = toSource;
        this.signals = signals;
        this.vaults = vaults;
    }

    @Override
    public void init(ProcessorContext<String, Signal> context) {
        super.init(context);
        seen = context.getStateStore(seenStoreName);
        vault = vaults.apply(context);
    }

    @Override
    public void process(Record<String, V> record) {
        // eventId is the first field of every input schema; repeats are dropped before any text is opened.
        String eventId = String.valueOf(((org.apache.avro.generic.IndexedRecord) record.value()).get(0));
        long ts = record.timestamp();
        if (alreadySeen(eventId, ts)) {
            return;
        }
        seen.put(eventId, ts, ts);
        SourceRecord source = toSource.apply(record.value(), vault);
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
    record SupplierOf<V>(String seenStoreName, BiFunction<V, TextVault, SourceRecord> toSource, Supplier<SignalFactory> signals,
                         Function<ProcessorContext<String, Signal>, TextVault> vaults)
            implements ProcessorSupplier<String, V, String, Signal> {

        @Override
        public Processor<String, V, String, Signal> get() {
            return new ClassifyProcessor<>(seenStoreName, toSource, signals.get(), vaults);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.windowStoreBuilder(
                    Stores.persistentWindowStore(seenStoreName, SEEN_RETENTION, Duration.ofMillis(1), false),
                    Serdes.String(), Serdes.Long()));
        }
    }
}
