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
        String described = ComplaintTopology.build(TopologySettings.defaults(TestDrivers.TOPICS)).describe().toString();
        for (String name : List.of(AggregationPart.SIGNAL_COUNTS_PROCESSOR, AggregationPart.ENTITY_PROCESSOR,
                AggregationPart.ENTITIES_STORE, AggregationPart.MONTHLY_STORE, AggregationPart.WEEKLY_STORE)) {
            assertTrue(described.contains(name), name + " in\n" + described);
        }
        assertFalse(described.contains("KSTREAM-"), described);
        assertFalse(described.contains("aggregation-deltas"), "no deltas repartition: partial sums are per task");
        assertFalse(described.contains("aggregation-entity-facts-repartition"),
                "surveys count in their own task, service requests in their ledger's: no entity repartition");
        assertFalse(described.contains("topics: [complaints.signals]"), "no read-back of the signals output topic");
    }
}
