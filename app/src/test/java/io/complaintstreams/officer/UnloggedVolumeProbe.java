package io.complaintstreams.officer;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.state.UnloggedItem;
import complaintstreams.state.UnloggedItems;
import io.complaintstreams.generator.DemoFeed;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.GeneratorSettings;
import io.complaintstreams.generator.LandlordGenerator;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.EventParsers;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.streams.ClockMode;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.streams.classification.ClassificationPart;
import io.complaintstreams.topics.Topics;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Measures issue 12 item 3's alert volume: the demo landlord's year ({@code run --demo}'s first cycle: DemoFeed seed
 * 2025, 2,000 homes) through the production topology in event time (TopologyTestDriver), then counts
 * POSSIBLE_UNLOGGED_COMPLAINT alerts (one per signal, "before grouping") and the officers' items they group into
 * ("after"), each per 1,000 homes. A measuring tool, not a test: run it as the README's "Measured" section says.
 */
public final class UnloggedVolumeProbe {
    private UnloggedVolumeProbe() {}

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2025L;
        int homes = args.length > 1 ? Integer.parseInt(args[1]) : DemoFeed.DEFAULT_HOMES;
        GeneratorSettings year = new DemoFeed(seed, homes, "LL-DEMO", Instant.now()).settingsForCycle(0);
        List<GeneratedEvent> events = new LandlordGenerator(year).generate().stream()
                .sorted(Comparator.comparing(GeneratedEvent::occurredAt)).toList();
        Topics topics = Topics.unprefixed();
        TopologySettings settings = TopologySettings.defaults(topics).withClock(ClockMode.EVENT);
        Properties p = StreamsProperties.create("volume-probe", Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092"),
                Files.createTempDirectory("volume-probe").toString(), topics.deadLetter());
        EventParsers parsers = new EventParsers();
        long complaintsReceived = 0;
        Map<String, Integer> refusedAtIngest = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(ComplaintTopology.build(settings), p)) {
            Map<String, TestInputTopic<String, byte[]>> inputs = new HashMap<>();
            for (GeneratedEvent e : events) {
                OutgoingRecord r;
                try {
                    r = parsers.parse(EventKind.fromBaseName(e.topic()).orElseThrow(), e.json()).toRecord(topics);
                } catch (RuntimeException refused) { // as ingest would refuse it: counted, not piped
                    refusedAtIngest.merge(e.topic() + ": " + refused.getMessage(), 1, Integer::sum);
                    continue;
                }
                inputs.computeIfAbsent(r.topic(), t -> driver.createInputTopic(t, new StringSerializer(), new ByteArraySerializer()))
                        .pipeInput(r.key(), r.value(), e.occurredAt());
                if (e.topic().equals(Topics.COMPLAINT_EVENTS) && "RECEIVED".equals(e.json().path("type").asText())) {
                    complaintsReceived++;
                }
            }
            long alerts = driver.createOutputTopic(topics.alerts.name(), new StringDeserializer(), new ByteArrayDeserializer())
                    .readValuesToList().stream().map(EventSerdes.DEADLINE_ALERT::decode)
                    .filter(a -> a.getKind() == AlertKind.POSSIBLE_UNLOGGED_COMPLAINT).count();
            Map<String, Integer> closedBy = new TreeMap<>();
            int items = 0;
            int open = 0;
            @SuppressWarnings("unchecked")
            var store = (org.apache.kafka.streams.state.KeyValueStore<String, UnloggedItems>)
                    driver.getAllStateStores().get(ClassificationPart.UNLOGGED_ITEMS_STORE);
            try (var it = store.all()) {
                while (it.hasNext()) {
                    for (UnloggedItem item : it.next().value.getItems()) {
                        items++;
                        if (item.getOpen()) {
                            open++;
                        } else {
                            closedBy.merge(item.getClosedBy(), 1, Integer::sum);
                        }
                    }
                }
            }
            System.out.printf("{\"seed\":%d,\"homes\":%d,\"from\":\"%s\",\"days\":%d,\"events\":%d,\"complaintsReceived\":%d,"
                            + "\"unloggedAlerts\":%d,\"unloggedAlertsPer1000Homes\":%.1f,\"items\":%d,\"itemsPer1000Homes\":%.1f,"
                            + "\"itemsOpenAtEnd\":%d,\"itemsClosedBy\":%s,\"refusedAtIngest\":%s}%n",
                    seed, homes, year.periodStart(), year.days(), events.size(), complaintsReceived, alerts,
                    alerts * 1000.0 / homes, items, items * 1000.0 / homes, open,
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(closedBy),
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(refusedAtIngest));
        }
    }
}
