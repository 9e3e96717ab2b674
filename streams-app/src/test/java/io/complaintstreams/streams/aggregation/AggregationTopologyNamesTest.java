package io.complaintstreams.streams.aggregation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TestDrivers;
import io.complaintstreams.streams.TopologySettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every processor, store and repartition topic of the part has a stable name (they are state compatibility). */
class AggregationTopologyNamesTest {

    @Test
    void shouldNameEveryProcessorStoreAndRepartitionTopic() {
        String described = ComplaintTopology.build(TopologySettings.defaults(TestDrivers.TOPICS), List.of(new AggregationPart()))
                .describe().toString();
        for (String name : List.of(AggregationPart.SIGNALS_SOURCE, AggregationPart.COMPLAINT_PROCESSOR, AggregationPart.COMPLAINTS_STORE,
                AggregationPart.ENTITY_PROCESSOR, AggregationPart.ENTITIES_STORE, AggregationPart.APPLY_PROCESSOR,
                AggregationPart.MONTHLY_STORE, AggregationPart.WEEKLY_STORE,
                AggregationPart.ENTITY_REPARTITION + "-repartition", AggregationPart.DELTA_REPARTITION + "-repartition")) {
            assertTrue(described.contains(name), name + " in\n" + described);
        }
        assertFalse(described.contains("KSTREAM-"), described);
    }
}
