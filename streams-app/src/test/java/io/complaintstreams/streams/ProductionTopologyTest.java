package io.complaintstreams.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/** The production topology, all parts together, starts under explicit naming and uses no generated names. */
class ProductionTopologyTest {

    @Test
    void shouldWireEveryPartWithExplicitNames() {
        var topology = ComplaintTopology.build(TopologySettings.defaults(TestDrivers.TOPICS));
        String description = topology.describe().toString();
        assertFalse(description.contains("KSTREAM-"), description);
        assertFalse(description.contains("KTABLE-"), description);
        for (String name : new String[] {"deadline-clock", "signals-classify-contacts", "aggregation-signal-counts",
                "privacy-resident-keys", "privacy-erasure", "ombudsman-orders"}) {
            assertTrue(description.contains(name), name);
        }
        try (TopologyTestDriver driver = TestDrivers.driver(topology)) {
            assertEquals(6, TopologyParts.all().size());
            assertTrue(driver.producedTopicNames().isEmpty());
        }
    }
}
