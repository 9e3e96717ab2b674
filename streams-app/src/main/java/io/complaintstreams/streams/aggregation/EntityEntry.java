package io.complaintstreams.streams.aggregation;

import java.util.List;
import java.util.Map;

/** Store value of {@link AggregationPart#ENTITIES_STORE}: an entity's facts and its last contributions. */
public record EntityEntry(List<EntityFact> facts, Map<String, Map<String, Long>> contributions) {
    public EntityEntry {
        facts = facts == null ? List.of() : List.copyOf(facts);
        contributions = contributions == null ? Map.of() : contributions;
    }

    static EntityEntry empty() {
        return new EntityEntry(List.of(), Map.of());
    }

    boolean has(String factId) {
        return facts.stream().anyMatch(f -> factId.equals(f.factId()));
    }
}
