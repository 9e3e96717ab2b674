package io.complaintstreams.streams.aggregation;

import java.util.Map;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Forwards the difference between two contributions as one {@link CounterDelta} per aggregate key. */
final class Deltas {
    private Deltas() {}

    static void forward(ProcessorContext<String, CounterDelta> context, long timestamp,
                        Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> now) {
        Contributions.delta(before, now).forEach((key, counters) -> {
            int split = key.indexOf(Periods.SEPARATOR);
            var delta = new CounterDelta(key.substring(0, split), key.substring(split + 1), counters);
            context.forward(new Record<>(key, delta, timestamp));
        });
    }
}
