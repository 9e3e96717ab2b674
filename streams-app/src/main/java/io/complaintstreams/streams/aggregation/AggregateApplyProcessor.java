package io.complaintstreams.streams.aggregation;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keyed by {@code period|landlordId}: adds each delta to the monthly or the weekly store. */
final class AggregateApplyProcessor extends ContextualProcessor<String, CounterDelta, Void, Void> {
    private KeyValueStore<String, PeriodCounters> monthly;
    private KeyValueStore<String, PeriodCounters> weekly;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        super.init(context);
        monthly = context.getStateStore(AggregationPart.MONTHLY_STORE);
        weekly = context.getStateStore(AggregationPart.WEEKLY_STORE);
    }

    @Override
    public void process(Record<String, CounterDelta> record) {
        CounterDelta delta = record.value();
        if (record.key() == null || delta == null) {
            return;
        }
        KeyValueStore<String, PeriodCounters> store = Periods.isWeekKey(record.key()) ? weekly : monthly;
        PeriodCounters current = store.get(record.key());
        current = current == null ? new PeriodCounters(delta.period(), delta.landlordId(), java.util.Map.of()) : current;
        PeriodCounters next = current.plus(delta.counters());
        if (next.counters().isEmpty()) {
            store.delete(record.key());
        } else {
            store.put(record.key(), next);
        }
    }
}
