package io.complaintstreams.streams.classification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import complaintstreams.events.Signal;
import java.time.Duration;
import java.util.Set;
import io.complaintstreams.privacy.TextVault;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import io.complaintstreams.streams.internal.CheckpointedWindowStores;
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
 * Drops a repeated input event (same eventId on the same record), classifies the rest once each and forwards the
 * Signal keyed by residentId. A repeat carries the same source key, so it reaches the same task and the same
 * seen-store. The seen-store is keyed by the record's signalId ({@link SignalIds}: the eventId, qualified by the
 * record when the source system gave it), so another resident's record that reuses a given eventId is classified
 * on its own, whichever partition it lands in, instead of being dropped as a repeat. It is a window store: it forgets
 * ids {@link #SEEN_RETENTION} of stream time after the event, and keeps its changelog offsets in Kafka's checkpoint
 * file ({@link CheckpointedWindowStores}), so that a partition that has had no such record yet does not make a clean
 * restart wipe and restore the task.
 */
final class ClassifyProcessor<V> extends ContextualProcessor<String, V, String, Signal> {
    private static final Logger LOG = LoggerFactory.getLogger(ClassifyProcessor.class);
    /** Long enough to cover re-importing a whole year's file; stores one small entry per event. */
    static final Duration SEEN_RETENTION = Duration.ofDays(400);

    private final String seenStoreName;
    private final BiFunction<V, TextVault, SourceRecord> toSource;
    private final Function<V, String> signalIdOf;
    private final SignalFactory signals;
    private final Function<ProcessorContext<String, Signal>, TextVault> vaults;
    private WindowStore<String, Long> seen;
    private TextVault vault;
    private boolean warnedClearText;

    ClassifyProcessor(String seenStoreName, BiFunction<V, TextVault, SourceRecord> toSource, Function<V, String> signalIdOf,
                      SignalFactory signals, Function<ProcessorContext<String, Signal>, TextVault> vaults) {
        this.seenStoreName = seenStoreName;
        this.toSource = toSource;
        this.signalIdOf = signalIdOf;
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
        // repeats are dropped before any text is opened
        String signalId = signalIdOf.apply(record.value());
        long ts = record.timestamp();
        if (alreadySeen(signalId, ts)) {
            return;
        }
        seen.put(signalId, ts, ts);
        warnOnceIfClear(record.value());
        SourceRecord source = toSource.apply(record.value(), vault);
        signals.signalFor(source).ifPresent(signal ->
                context().forward(record.withKey(signal.getResidentId()).withValue(signal)));
    }

    /**
     * Text in clear on an input topic was written by a producer that does not seal (README "Data protection": not HTTP
     * ingest, import or the Connect transform): it is classified as before, but it stays readable in the kept topic
     * and neither erasure nor retention can reach it. Said once per task, naming the topic, never the record.
     */
    private void warnOnceIfClear(V value) {
        if (!warnedClearText && ClearText.in(value)) {
            warnedClearText = true;
            LOG.warn("{} carries residents' free text in clear (task {}): its producer does not seal text, so erasure and retention "
                    + "cannot reach it; send through HTTP ingest, import or the Connect transform with the master key",
                    context().recordMetadata().map(m -> m.topic()).orElse("an input topic"), context().taskId());
        }
    }

    private boolean alreadySeen(String signalId, long ts) {
        long span = SEEN_RETENTION.toMillis();
        try (WindowStoreIterator<Long> it = seen.fetch(signalId, Math.max(0, ts - span), ts + span)) {
            return it.hasNext();
        }
    }

    /** Owns the seen-store, so the store cannot be wired without its processor. */
    record SupplierOf<V>(String seenStoreName, BiFunction<V, TextVault, SourceRecord> toSource, Function<V, String> signalIdOf,
                         Supplier<SignalFactory> signals, Function<ProcessorContext<String, Signal>, TextVault> vaults)
            implements ProcessorSupplier<String, V, String, Signal> {

        @Override
        public Processor<String, V, String, Signal> get() {
            return new ClassifyProcessor<>(seenStoreName, toSource, signalIdOf, signals.get(), vaults);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(Stores.windowStoreBuilder(
                    CheckpointedWindowStores.persistentWindowStore(seenStoreName, SEEN_RETENTION, Duration.ofMillis(1), false),
                    Serdes.String(), Serdes.Long()));
        }
    }
}
