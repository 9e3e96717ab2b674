package io.complaintstreams.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Contact;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.streams.ComplaintTopology;
import io.complaintstreams.streams.TopologyParts;
import io.complaintstreams.streams.privacy.PrivacySettings;
import io.complaintstreams.streams.StreamsProperties;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.testsupport.EmbeddedKafkaExtension;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Connect worker (in-process, plugins found by their service manifests, from the packaged plugin
 * directory when it has been built) runs the export-folder source connector with the mapping transform against the
 * embedded broker; the production topology processes what arrives. Export files dropped in the folder reach
 * {@code crm.*}, refused rows reach the dead-letter topic naming the source column, finished files are moved, and a
 * worker restart neither loses nor repeats a row.
 */
@Timeout(240)
class ConnectPipelineIT {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();
    private static final Path MAPPINGS = Path.of("..", "config", "mappings").toAbsolutePath().normalize();
    private static final Path PLUGIN_DIR = Path.of("target", "plugin").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path work;
    private final MasterKey master = MasterKey.generate();

    @Test
    void shouldDeliverDroppedExportsThroughConnectToTheTopologyOnceAcrossARestart() throws Exception {
        Topics topics = KAFKA.provisionProjectTopics(EmbeddedKafkaExtension.uniquePrefix("connect"));
        Path folder = Files.createDirectories(work.resolve("exports"));
        master.writeNew(work.resolve("master.key"));
        try (KafkaStreams streams = startTopology(topics)) {
            Connect<StandaloneHerder> connect = startConnect(topics, folder);
            try {
                drop(folder, "complaints_export_2025-07.csv");
                Poll.until(WAIT, () -> count(topics.complaintEvents.name()) == 7 && count(topics.deadLetter()) == 2,
                        "7 complaint events and 2 dead letters from the complaints export");
                Poll.until(WAIT, () -> Files.exists(folder.resolve("finished/complaints_export_2025-07.csv")),
                        "the finished export moved to finished/");
            } finally {
                connect.stop();
            }

            drop(folder, "contacts_export_2025-07.jsonl");
            connect = startConnect(topics, folder);
            try {
                Poll.until(WAIT, () -> count(topics.contacts.name()) == 2 && count(topics.deadLetter()) == 3,
                        "2 contacts and a 3rd dead letter after the restart");
                Poll.until(WAIT, () -> Files.exists(folder.resolve("finished/contacts_export_2025-07.jsonl")), "contacts moved");
            } finally {
                connect.stop();
            }
            assertEquals(7, count(topics.complaintEvents.name()), "the restart repeated no row");
            Set<String> deadFields = read(topics.deadLetter()).stream()
                    .map(r -> new String(r.headers().lastHeader("error-field").value(), StandardCharsets.UTF_8))
                    .collect(Collectors.toSet());
            assertEquals(Set.of("STAGE", "CATEGORY_CODES", "ContactMethod"), deadFields);
            Poll.until(WAIT, () -> read(topics.deadlines.name()).stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                    .containsAll(Set.of("HC-5001", "HC-5002", "HC-5003")), "the topology's deadline states for the mapped complaints");
            Poll.until(WAIT, () -> count(topics.signals.name()) >= 2, "the mapped contacts classified (their sealed text opened)");
            for (ConsumerRecord<String, byte[]> r : read(topics.contacts.name())) {
                Contact c = topics.contacts.valueSerde().decode(r.value());
                assertEquals("", c.getText(), "the transform sent no text in clear");
                assertTrue(c.getTextSealed() != null && c.getTextSealed().getKeyId().startsWith(master.residentRef(c.getResidentId())),
                        "sealed under the resident's key");
                assertFalse(new String(r.value(), StandardCharsets.ISO_8859_1).contains("damp survey"));
            }
            assertTrue(count(topics.residentKeys.name()) >= 2, "the residents' data keys were published");
        }
    }

    private static void drop(Path folder, String sample) throws Exception {
        Path staged = folder.resolve("." + sample + ".part");
        Files.copy(MAPPINGS.resolve("samples/housing-system").resolve(sample), staged);
        Files.move(staged, folder.resolve(sample), StandardCopyOption.ATOMIC_MOVE);
    }

    private Connect<StandaloneHerder> startConnect(Topics topics, Path folder) throws Exception {
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", KAFKA.bootstrapServers());
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        worker.put("offset.storage.file.filename", work.resolve("connect.offsets").toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("listeners", "http://127.0.0.1:0");
        worker.put("plugin.discovery", "service_load");
        if (Files.isDirectory(PLUGIN_DIR)) {
            worker.put("plugin.path", PLUGIN_DIR.toString());
        }
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);

        Map<String, String> connector = new HashMap<>();
        connector.put("name", "housing-system-exports");
        connector.put("connector.class", "io.complaintstreams.connect.ExportFileSourceConnector");
        connector.put("tasks.max", "1");
        connector.put("directory", folder.toString());
        connector.put("poll.interval.ms", "200");
        connector.put("transforms", "map");
        connector.put("transforms.map.type", "io.complaintstreams.connect.ExportMappingTransform");
        connector.put("transforms.map.mapping.file", MAPPINGS.resolve("housing-system-complaints.yml").toString());
        connector.put("transforms.map.topic.prefix", topics.prefix());
        connector.put("transforms.map.refused", "dead-letter");
        connector.put("transforms.map.privacy.master-key.file", work.resolve("master.key").toString());
        connector.put("transforms.map.privacy.bootstrap.servers", KAFKA.bootstrapServers());
        FutureCallback<Object> created = new FutureCallback<>();
        connect.herder().putConnectorConfig("housing-system-exports", connector, true, (error, result) -> created.onCompletion(error, result));
        created.get(60, TimeUnit.SECONDS);
        return connect;
    }

    private KafkaStreams startTopology(Topics topics) {
        Properties props = StreamsProperties.create("connect-it-" + UUID.randomUUID(),
                Map.of("bootstrap.servers", KAFKA.bootstrapServers()), tempStateDir(), topics.deadLetter());
        KafkaStreams streams = new KafkaStreams(ComplaintTopology.build(TopologySettings.defaults(topics),
                TopologyParts.all(PrivacySettings.of(master, TextRetention.parse("P6Y")))), props);
        streams.start();
        return streams;
    }

    private static String tempStateDir() {
        try {
            return Files.createTempDirectory("connect-it-state").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String topic) {
        return read(topic).size();
    }

    private static List<ConsumerRecord<String, byte[]>> read(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(out::add);
            }
        }
        return out;
    }
}
