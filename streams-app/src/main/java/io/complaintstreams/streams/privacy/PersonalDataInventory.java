package io.complaintstreams.streams.privacy;

import io.complaintstreams.streams.aggregation.AggregationPart;
import io.complaintstreams.streams.classification.ClassificationPart;
import io.complaintstreams.streams.classification.RequestLedgerTopology;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import io.complaintstreams.streams.ombudsman.OmbudsmanPart;
import io.complaintstreams.topics.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.TopologyDescription;

/**
 * What personal data each store and topic of the product holds, and what erasure does to it (README "Data
 * protection", "What is stored where"). Every store and topic of the production topology must be listed here:
 * {@code PersonalDataInventoryTest} fails on one that is not, and {@code DataProtectionIT} checks each entry
 * against what the running app actually wrote, before and after an erasure. Free text is sealed at ingest
 * everywhere, officers' notes at the resolution endpoint; the one place free text can be in clear is a refused row on
 * {@code complaints.dead-letter}, bounded by that topic's retention ({@link Holding#RESIDENT_ID_BOUNDED}).
 */
public final class PersonalDataInventory {

    /** What a store or topic holds of a resident's identity. */
    public enum Holding {
        /** Nothing that names a resident (record ids, content hashes, dates, counts, keyed hashes). */
        NONE,
        /** Resident ids, replaced by the erasure's mask (stores; compacted topics keep only the masked value). */
        RESIDENT_ID_MASKED,
        /** Resident ids in transit: a repartition topic, purged by Kafka Streams once its records are committed. */
        RESIDENT_ID_PURGED,
        /** Resident ids in an append-only kept topic (the record as it happened); the resident's free text there is
         *  sealed, so unreadable after erasure, and the id is the CRM's pseudonymous reference. */
        RESIDENT_ID_KEPT,
        /** The resident id sealed under the master key (erasure requests, deleted after 30 days). */
        RESIDENT_ID_SEALED,
        /** Records kept as received for a bounded time ({@code complaints.dead-letter}: resident ids, and in a row refused
         *  before it could be sealed its free text, in clear; deleted by the topic's retention, 30 days by default, within
         *  the month a landlord has to answer an erasure request; erasure reports them, it cannot change them). */
        RESIDENT_ID_BOUNDED
    }

    /**
     * @param name    store name, or topic name as the topology uses it (after {@code topic.prefix}; repartition
     *                topics without the application id)
     * @param holding what it holds
     * @param note    what it is, for the README and failure messages
     */
    public record Entry(String name, Holding holding, String note) {}

    /**
     * Changelog settings of the stores that hold resident ids: log compaction must drop a masked resident's old
     * values and tombstones within 7 days, however little else the changelog receives (the broker default lets a
     * quiet changelog keep them for ever).
     */
    public static final Map<String, String> MASKED_CHANGELOG_CONFIG = Map.of(
            "max.compaction.lag.ms", Long.toString(7L * 24 * 60 * 60 * 1000),
            "delete.retention.ms", Long.toString(24L * 60 * 60 * 1000));

    private final Map<String, Entry> stores = new LinkedHashMap<>();
    private final Map<String, Entry> topics = new LinkedHashMap<>();

    private PersonalDataInventory() {}

    /** The production topology's stores and topics, with {@code topics}' names. */
    public static PersonalDataInventory of(Topics topics) {
        PersonalDataInventory i = new PersonalDataInventory();
        i.store(DeadlineClockPart.LEDGER_STORE, Holding.RESIDENT_ID_MASKED, "facts and state per complaint");
        i.store(DeadlineClockPart.INDEX_STORE, Holding.NONE, "date|complaintId");
        i.store(AggregationPart.MONTHLY_STORE, Holding.NONE, "counts per month and landlord");
        i.store(AggregationPart.WEEKLY_STORE, Holding.NONE, "counts per ISO week and landlord");
        i.store(AggregationPart.ENTITIES_STORE, Holding.NONE, "survey facts without resident");
        i.store(ClassificationPart.SEEN_CONTACTS_STORE, Holding.NONE, "signalId (eventId, qualified by contactId when given) seen, contacts naming no service request");
        i.store(ClassificationPart.SEEN_SURVEYS_STORE, Holding.NONE, "signalId (eventId, qualified by surveyId when given) seen");
        i.store(RequestLedgerTopology.STORE, Holding.NONE,
                "service-request ledger: facts (ids, dates, status, category), chasing dates, contributions; no resident, no text");
        i.store(ClassificationPart.UNLOGGED_STORE, Holding.RESIDENT_ID_MASKED, "signals awaiting a complaint, by resident");
        i.store(ClassificationPart.UNLOGGED_INDEX_STORE, Holding.RESIDENT_ID_MASKED, "date|resident|signal");
        i.store(ResidentKeysPart.KEYS_STORE, Holding.NONE, "wrapped data keys by keyed hash of the resident");
        i.store(ClassificationPart.UNLOGGED_ITEMS_STORE, Holding.RESIDENT_ID_MASKED,
                "officers' grouped possible-unlogged items, by resident (moved to the mask on erasure, the sealed note dropped)");
        i.store(OmbudsmanPart.CASES_STORE, Holding.NONE, "Ombudsman case events without the resident (alerts read the ledger's); an order's wording sealed "
                + "when the event named the resident");
        i.store(OmbudsmanPart.INDEX_STORE, Holding.NONE, "date|complaintId");

        i.topic(topics.contacts.name(), Holding.RESIDENT_ID_KEPT, "input; text and representative sealed");
        i.topic(topics.serviceRequests.name(), Holding.RESIDENT_ID_KEPT, "input; text sealed");
        i.topic(topics.surveys.name(), Holding.RESIDENT_ID_KEPT, "input; comment sealed");
        i.topic(topics.complaintEvents.name(), Holding.RESIDENT_ID_KEPT, "input; refusal reason a short category");
        i.topic(topics.signals.name(), Holding.RESIDENT_ID_KEPT, "classified records, keyed by resident");
        i.topic(topics.alerts.name(), Holding.RESIDENT_ID_KEPT, "alerts; masked ids after erasure");
        i.topic(topics.deadLetter(), Holding.RESIDENT_ID_BOUNDED, "refused records as received (CONTRACTS: the original bytes): "
                + "text sealed when the record was sealed before it was refused, else in clear; deleted after "
                + "topic.dead-letter-retention-ms (30 days)");
        i.topic(topics.deadlines.name(), Holding.RESIDENT_ID_MASKED, "compacted; re-published with the mask");
        i.topic(topics.residentKeys.name(), Holding.NONE, "compacted; keyed hash of the resident, wrapped keys");
        i.topic(topics.erasureRequests.name(), Holding.RESIDENT_ID_SEALED, "erasure requests");
        i.topic(topics.erasureAudit.name(), Holding.NONE, "salted hash of the erased id");
        i.topic(topics.alertResolutions.name(), Holding.RESIDENT_ID_KEPT,
                "officers' resolutions: resident id; the note sealed under the resident's key (noteSealed), so erasure shreds "
                        + "it; a note on an alert with no known resident is refused at the endpoint");
        i.topic(topics.audit.name(), Holding.NONE, "who read what: principal, route, complaint id");
        i.topic(ClassificationPart.RESOLUTION_FACTS_TOPIC + "-repartition", Holding.RESIDENT_ID_PURGED,
                "resolutions re-keyed by resident (note sealed)");
        i.topic(topics.ombudsmanCases.name(), Holding.RESIDENT_ID_KEPT, "input; optional resident id; an order's wording sealed "
                + "under the resident's key when the event names the resident, else in clear (no one to erase it with)");
        i.topic(RequestLedgerTopology.FACTS_TOPIC + "-repartition", Holding.RESIDENT_ID_PURGED,
                "contacts naming a service request (text sealed) and links, re-keyed by requestId");
        i.topic(ClassificationPart.RESIDENT_FACTS_TOPIC + "-repartition", Holding.RESIDENT_ID_PURGED, "unlogged facts, keyed by resident");
        return i;
    }

    /** Every store a topology description names (its processors' and its global stores'). */
    public static Set<String> storesOf(TopologyDescription description) {
        Set<String> out = new TreeSet<>();
        for (TopologyDescription.Subtopology s : description.subtopologies()) {
            for (TopologyDescription.Node n : s.nodes()) {
                if (n instanceof TopologyDescription.Processor p) {
                    out.addAll(p.stores());
                }
            }
        }
        description.globalStores().forEach(g -> out.addAll(g.processor().stores()));
        return out;
    }

    /** Every topic a topology description reads or writes (repartition topics without the application id). */
    public static Set<String> topicsOf(TopologyDescription description) {
        Set<String> out = new TreeSet<>();
        for (TopologyDescription.Subtopology s : description.subtopologies()) {
            for (TopologyDescription.Node n : s.nodes()) {
                if (n instanceof TopologyDescription.Source src) {
                    out.addAll(src.topicSet());
                } else if (n instanceof TopologyDescription.Sink sink && sink.topic() != null) {
                    out.add(sink.topic());
                }
            }
        }
        description.globalStores().forEach(g -> out.addAll(g.source().topicSet()));
        return out;
    }

    /** Global stores are fed by their source topic and have no changelog of their own. */
    public static Map<String, String> globalStoreTopics(TopologyDescription description) {
        Map<String, String> out = new LinkedHashMap<>();
        description.globalStores().forEach(g -> g.processor().stores().forEach(st -> out.put(st, g.source().topicSet().iterator().next())));
        return out;
    }

    public Map<String, Entry> stores() {
        return Map.copyOf(stores);
    }

    public Map<String, Entry> topics() {
        return Map.copyOf(topics);
    }

    public Optional<Entry> store(String name) {
        return Optional.ofNullable(stores.get(name));
    }

    public Optional<Entry> topic(String name) {
        return Optional.ofNullable(topics.get(name));
    }

    private void store(String name, Holding holding, String note) {
        stores.put(name, new Entry(name, holding, note));
    }

    private void topic(String name, Holding holding, String note) {
        topics.put(name, new Entry(name, holding, note));
    }
}
