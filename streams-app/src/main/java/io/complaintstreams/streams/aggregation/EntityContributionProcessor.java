package io.complaintstreams.streams.aggregation;

import complaintstreams.state.CounterSet;
import complaintstreams.state.EntityEntry;
import complaintstreams.state.EntityFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by entity ({@code survey|id}, {@code sr|id}): keeps the entity's facts (one per factId), recomputes its
 * contributions and adds only the change to this task's period counters, as the ledger does for complaints.
 */
final class EntityContributionProcessor extends ContextualProcessor<String, EntityFact, Void, Void> {
    private final EntityContributions rules;
    private KeyValueStore<String, EntityEntry> store;
    private PeriodStores periods;

    EntityContributionProcessor(EntityContributions rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        super.init(context);
        store = context.getStateStore(AggregationPart.ENTITIES_STORE);
        periods = PeriodStores.of(context);
    }

    @Override
    public void process(Record<String, EntityFact> record) {
        EntityFact fact = record.value();
        if (record.key() == null || fact == null) {
            return;
        }
        EntityEntry entry = store.get(record.key());
        if (entry != null && entry.getFacts().stream().anyMatch(f -> f.getFactId().equals(fact.getFactId()))) {
            return;
        }
        List<EntityFact> facts = new ArrayList<>(entry == null ? List.of() : entry.getFacts());
        facts.add(fact);
        Map<String, Map<String, Long>> now = rules.of(record.key(), facts).toMap();
        Map<String, CounterSet> kept = periods.replace(entry == null ? null : entry.getContributions(), now);
        store.put(record.key(), EntityEntry.newBuilder().setFacts(facts).setContributions(kept).build());
    }
}
