package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import java.util.Map;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * This task's partial sums of the period counters ({@link AggregationPart#MONTHLY_STORE} and
 * {@link AggregationPart#WEEKLY_STORE}, keyed {@code period|landlordId}): each processor that holds facts adds its
 * changes here, in its own task, and the queries add up every task's share (every partition, every instance).
 */
final class PeriodStores {
    private final KeyValueStore<String, CounterSet> monthly;
    private final KeyValueStore<String, CounterSet> weekly;

    private PeriodStores(KeyValueStore<String, CounterSet> monthly, KeyValueStore<String, CounterSet> weekly) {
        this.monthly = monthly;
        this.weekly = weekly;
    }

    static PeriodStores of(ProcessorContext<?, ?> context) {
        return new PeriodStores(context.getStateStore(AggregationPart.MONTHLY_STORE),
                context.getStateStore(AggregationPart.WEEKLY_STORE));
    }

    /** Adds {@code now - before} (store key to counter to amount) to this task's partial sums. */
    void applyChange(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> now) {
        Contributions.delta(before, now).forEach(this::add);
    }

    /**
     * Replaces an entity's kept contributions {@code before} (as stored in its ledger entry; null is none) by
     * {@code now}: adds the difference to this task's partial sums, and returns {@code now} as it is to be kept. Most
     * new facts leave an entity's contributions as they were (a later status change, a repeat contact); then nothing
     * is read or written.
     */
    Map<String, CounterSet> replace(Map<String, CounterSet> before, Map<String, Map<String, Long>> now) {
        Map<String, CounterSet> kept = CounterSets.ofAll(now);
        if (!kept.equals(before)) {
            applyChange(CounterSets.toMapAll(before), now);
        }
        return kept;
    }

    void add(String key, Map<String, Long> change) {
        KeyValueStore<String, CounterSet> store = Periods.isWeekKey(key) ? weekly : monthly;
        // a new set, never the one read changed in place: the write-back store hands out its cached instance
        CounterSet sum = CounterSets.plus(store.get(key), change);
        if (sum == null) {
            store.delete(key);
        } else {
            store.put(key, sum);
        }
    }
}
