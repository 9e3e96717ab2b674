package io.complaintstreams.streams.aggregation;

import complaintstreams.events.Signal;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Counts each signal where it is made, in the task that made it: classification drops a repeated source event
 * before it makes a signal, and the chasing rule makes each chasing signal once, so no per-signal memory is kept.
 */
final class SignalCountsProcessor extends ContextualProcessor<String, Signal, Void, Void> {
    private final EntityContributions rules;
    private EntityContributions.CounterSink periods;

    SignalCountsProcessor(EntityContributions rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        super.init(context);
        periods = PeriodStores.of(context)::increment;
    }

    @Override
    public void process(Record<String, Signal> record) {
        if (record.value() != null) {
            rules.signalCounters(record.value(), periods);
        }
    }
}
