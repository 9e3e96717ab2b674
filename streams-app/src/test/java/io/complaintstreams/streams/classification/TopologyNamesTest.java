package io.complaintstreams.streams.classification;

import static org.junit.jupiter.api.Assertions.*;

import io.complaintstreams.streams.ClockMode;
import org.junit.jupiter.api.Test;

/** Names are state compatibility: every processor, store and repartition topic of this part is named by hand. */
class TopologyNamesTest {

    @Test
    void shouldNameEveryProcessorStoreAndRepartitionTopic() {
        String description = SignalsHarness.topology(ClockMode.WALL).describe().toString();

        assertFalse(description.contains("KSTREAM-"), description);
        assertFalse(description.contains("KTABLE-"), description);
        for (String name : new String[] {ClassificationPart.SEEN_CONTACTS_STORE, RequestLedgerTopology.STORE,
                ClassificationPart.SEEN_SURVEYS_STORE, RequestLedgerTopology.PROCESSOR, ClassificationPart.UNLOGGED_STORE,
                ClassificationPart.UNLOGGED_INDEX_STORE, RequestLedgerTopology.FACTS_TOPIC + "-repartition",
                ClassificationPart.RESIDENT_FACTS_TOPIC + "-repartition", ClassificationPart.SIGNALS_SINK,
                ClassificationPart.UNLOGGED_ALERTS_SINK}) {
            assertTrue(description.contains(name), name);
        }
    }
}
