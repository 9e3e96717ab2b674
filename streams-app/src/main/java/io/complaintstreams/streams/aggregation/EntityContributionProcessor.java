package io.complaintstreams.streams.aggregation;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by entity ({@code survey|id}, {@code signal|id}, {@code sr|id}): keeps the entity's facts (one per factId),
 * recomputes its contributions and forwards only the change, as the complaint processor does.
 */
final class EntityContributionProcessor extends ContextualProcessor<String, EntityFact, String, CounterDelta> {
    private final EntityContributions rules;
    private KeyValueStore<String, EntityEntry> store;

    EntityContributionProcessor(EntityContributions rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, CounterDelta> context) {
        super.init(context);
        store = context.getStateStore(AggregationPart.ENTITIES_STORE);
    }

    @Override
    public void process(Record<String, EntityFact> record) {
        EntityFact fact = record.value();
        if (record.key() == null || fact == null || fact.occurredAt() == null || fact.landlordId() == null) {
            return;
        }
        EntityEntry entry = store.get(record.key());
        entry = entry == null ? EntityEntry.empty() : entry;
        if (entry.has(fact.factId())) {
            return;
        }
        List<EntityFact> facts = new ArrayList<>(entry.facts());
        facts.add(fact);
        var contributions = rules.of(record.key(), facts).toMap();
        Deltas.forward(context(), record.timestamp(), entry.contributions(), contributions);
        store.put(record.key(), new EntityEntry(facts, contributions));
    }
}
