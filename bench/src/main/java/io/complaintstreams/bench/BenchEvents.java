package io.complaintstreams.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.GeneratorSettings;
import io.complaintstreams.generator.LandlordGenerator;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.topics.Topics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A generated landlord year sized to about N events, encoded once as the ingest path does (JSON, then
 * {@link EventParsers} to Avro, then single-object bytes) and sorted by event time, as a year-end extract would be
 * loaded. Also keeps some contact JSON bodies for the HTTP phase.
 */
final class BenchEvents {
    static final long SEED = 42L;
    private static final int PROBE_HOMES = 200;
    private static final int KEPT_CONTACTS = 5_000;

    final int homes;
    final String landlordId;
    final List<BenchRecord> records;
    final List<ObjectNode> contactJson;

    private BenchEvents(int homes, String landlordId, List<BenchRecord> records, List<ObjectNode> contactJson) {
        this.homes = homes;
        this.landlordId = landlordId;
        this.records = records;
        this.contactJson = contactJson;
    }

    /** About {@code targetEvents} events (at least that many): homes are estimated from a small probe landlord. */
    static BenchEvents generate(int targetEvents) {
        GeneratorSettings probe = GeneratorSettings.of(SEED, PROBE_HOMES);
        long[] probeEvents = {0};
        new LandlordGenerator(probe).forEachHome(events -> probeEvents[0] += events.size());
        double perHome = Math.max(1.0, probeEvents[0] / (double) PROBE_HOMES);
        return forHomes(Math.max(1, (int) Math.ceil(targetEvents / perHome * 1.02)));
    }

    /** The generated year of a landlord with this many homes (130,000 homes: about 2.5 million events). */
    static BenchEvents forHomes(int homes) {
        GeneratorSettings settings = GeneratorSettings.of(SEED, homes);
        EventParsers parsers = new EventParsers();
        Topics unprefixed = Topics.unprefixed();
        List<BenchRecord> records = new ArrayList<>();
        List<ObjectNode> contacts = new ArrayList<>();
        new LandlordGenerator(settings).forEachHome(events -> {
            for (GeneratedEvent event : events) {
                EventKind kind = EventKind.fromBaseName(event.topic()).orElseThrow();
                OutgoingRecord out = parsers.parse(kind, event.json()).toRecord(unprefixed);
                records.add(new BenchRecord(out.topic(), out.key(), out.value(), event.occurredAt().toEpochMilli()));
                if (kind == EventKind.CONTACTS && contacts.size() < KEPT_CONTACTS) {
                    contacts.add(event.json());
                }
            }
        });
        records.sort(Comparator.comparingLong(BenchRecord::timestampMs));
        return new BenchEvents(homes, settings.landlordId(), List.copyOf(records), List.copyOf(contacts));
    }

    /** The first {@code n} records in time order (all of them when there are fewer). */
    List<BenchRecord> first(int n) {
        return records.subList(0, Math.min(n, records.size()));
    }

    Map<String, Long> countByTopic(List<BenchRecord> subset) {
        Map<String, Long> counts = new TreeMap<>();
        subset.forEach(r -> counts.merge(r.baseTopic(), 1L, Long::sum));
        return counts;
    }

    double averageValueBytes() {
        return records.stream().mapToInt(r -> r.value().length).average().orElse(0);
    }
}
