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

    void add(String key, Map<String, Long> change) {
        KeyValueStore<String, CounterSet> store = Periods.isWeekKey(key) ? weekly : monthly;
        Map<String, Long> counters = CounterSets.toMap(store.get(key));
        change.forEach((name, v) -> counters.merge(name, v, Long::sum));
        counters.values().removeIf(v -> v == 0);
        if (counters.isEmpty()) {
            store.delete(key);
        } else {
            store.put(key, CounterSets.of(counters));
        }
    }
}
