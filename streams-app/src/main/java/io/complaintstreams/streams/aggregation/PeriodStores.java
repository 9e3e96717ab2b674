package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * This task's partial sums of the period counters ({@link AggregationPart#MONTHLY_STORE} and
 * {@link AggregationPart#WEEKLY_STORE}, keyed {@code period|landlordId}): each processor that holds facts adds its
 * changes here, in its own task, and the queries add up every task's share (every partition, every instance). Changes
 * are summed in memory and added to the stored sums at the next commit ({@link PeriodSumStore}).
 */
final class PeriodStores {
    private final PeriodSumStore monthly;
    private final PeriodSumStore weekly;
    /** The store keys of the last landlord and date counted: a signal adds several counters on one date. */
    private String lastLandlordId;
    private LocalDate lastDate;
    private String monthKey;
    private String weekKey;

    private PeriodStores(PeriodSumStore monthly, PeriodSumStore weekly) {
        this.monthly = monthly;
        this.weekly = weekly;
    }

    static PeriodStores of(ProcessorContext<?, ?> context) {
        return new PeriodStores(sumStore(context.getStateStore(AggregationPart.MONTHLY_STORE)),
                sumStore(context.getStateStore(AggregationPart.WEEKLY_STORE)));
    }

    /** The {@link PeriodSumStore} under Kafka Streams' read-write decorator of a processor's store. */
    private static PeriodSumStore sumStore(StateStore store) {
        StateStore s = store;
        while (!(s instanceof PeriodSumStore) && s instanceof WrappedStateStore<?, ?, ?> wrapper) {
            s = wrapper.wrapped();
        }
        if (s instanceof PeriodSumStore sums) {
            return sums;
        }
        throw new IllegalStateException("store " + store.name() + " is not built by AggregationPart (no PeriodSumStore)");
    }

    /** Adds {@code now - before} (store key to counter to amount) to this task's partial sums. */
    void applyChange(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> now) {
        Contributions.delta(before, now).forEach(this::add);
    }

    /**
     * Replaces an entity's kept contributions {@code before} (as stored in its ledger entry; null is none) by
     * {@code now}: adds the difference to this task's partial sums, and returns {@code now} as it is to be kept. Most
     * new facts leave an entity's contributions as they were (a later status change, a repeat contact); then nothing
     * is added and {@code before} is kept as it is.
     */
    Map<String, CounterSet> replace(Map<String, CounterSet> before, Map<String, Map<String, Long>> now) {
        if (before != null && CounterSets.sameCounters(before, now)) {
            return before;
        }
        applyChange(CounterSets.toMapAll(before), now);
        return CounterSets.ofAll(now);
    }

    void add(String key, Map<String, Long> change) {
        PeriodSumStore store = Periods.isWeekKey(key) ? weekly : monthly;
        change.forEach((counter, amount) -> store.add(key, counter, amount));
    }

    /** Adds 1 to {@code counter} in the month and the ISO week of {@code date} for the landlord (either null: nothing). */
    void increment(String landlordId, LocalDate date, String counter) {
        if (landlordId == null || date == null) {
            return;
        }
        if (!landlordId.equals(lastLandlordId) || !date.equals(lastDate)) {
            monthKey = Periods.key(Periods.month(date), landlordId);
            weekKey = Periods.key(Periods.week(date), landlordId);
            lastLandlordId = landlordId;
            lastDate = date;
        }
        monthly.add(monthKey, counter, 1);
        weekly.add(weekKey, counter, 1);
    }
}
