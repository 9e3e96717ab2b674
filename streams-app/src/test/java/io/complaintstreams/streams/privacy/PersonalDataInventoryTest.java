package io.complaintstreams.streams.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TopologyParts;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.topics.Topics;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The inventory of personal data covers the production topology exactly: a store or topic added to the topology
 * without saying what personal data it holds (and so without deciding what erasure does to it) fails here.
 */
class PersonalDataInventoryTest {
    private static final Topics TOPICS = Topics.unprefixed();

    @Test
    void shouldListEveryStoreOfTheProductionTopology() {
        TopologyDescription description = production(TOPICS);
        PersonalDataInventory inventory = PersonalDataInventory.of(TOPICS);
        Set<String> stores = PersonalDataInventory.storesOf(description);
        assertTrue(stores.size() >= 12, "stores found: " + stores);
        assertEquals(stores, inventory.stores().keySet(), "stores in the topology versus PersonalDataInventory: add the new "
                + "store with what it holds (and mask it on erasure if it holds a resident id), or remove the stale entry");
    }

    @Test
    void shouldListEveryTopicOfTheProductionTopologyAndOfTheApp() {
        Topics prefixed = new Topics("acme.");
        PersonalDataInventory inventory = PersonalDataInventory.of(prefixed);
        Set<String> topics = new TreeSet<>(PersonalDataInventory.topicsOf(production(prefixed)));
        topics.addAll(prefixed.allNames());
        assertEquals(topics, new TreeSet<>(inventory.topics().keySet()), "topics in the topology and Topics versus PersonalDataInventory");
    }

    private static TopologyDescription production(Topics topics) {
        return ComplaintTopology.build(TopologySettings.defaults(topics),
                TopologyParts.all(PrivacySettings.of(MasterKey.generate(), TextRetention.parse("P6Y")))).describe();
    }
}
