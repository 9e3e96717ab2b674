package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.streams.internal.CheckpointedWindowStores;
import io.complaintstreams.testsupport.EmbeddedKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean stop and start under exactly-once restores nothing when a task holds a window store that has had no record
 * (the classifier's seen-stores in a partition with no survey yet). With Kafka Streams' own RocksDB window store it
 * does: the empty store has no committed offset, so the whole task is wiped and restored from its changelogs
 * ({@link CheckpointedWindowStores} says why). The second test pins that Kafka behaviour: when it fails, Kafka has
 * fixed it and the workaround can go.
 */
@Timeout(240)
class CleanRestartIT {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @TempDir
    Path stateDir;

    @Test
    void shouldRestoreNothingAfterACleanStopWhenAWindowStoreIsEmpty() throws Exception {
        Map<String, Long> restored = twoRunsRestoring("checkpointed", CheckpointedWindowStores.persistentWindowStore(
                "seen", Duration.ofDays(400), Duration.ofMillis(1), false));
        assertEquals(0L, restored.getOrDefault("kv", 0L), "records restored per store after a clean stop: " + restored);
    }

    @Test
    void kafkasOwnWindowStoreMakesACleanRestartWipeAndRestoreTheTask() throws Exception {
        Map<String, Long> restored = twoRunsRestoring("plain", Stores.persistentWindowStore(
                "seen", Duration.ofDays(400), Duration.ofMillis(1), false));
        assertTrue(restored.getOrDefault("kv", 0L) > 0, "Kafka Streams 4.3 wipes the task with an empty window store: " + restored);
    }

    /** Writes records to "kv" only, stops cleanly, starts again: what each store restored on the second start. */
    private Map<String, Long> twoRunsRestoring(String name, WindowBytesStoreSupplier window) throws Exception {
        String topic = "clean-restart-" + name;
        String appId = "clean-restart-app-" + name;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            admin.createTopics(java.util.List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", KAFKA.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 20; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i)).get();
            }
        }
        Topology topology = topology(topic, window);
        Map<String, Long> first = run(appId, topology, 20);
        assertTrue(first.isEmpty(), "the first start finds no state to restore: " + first);
        return run(appId, topology(topic, window), 0);
    }

    private static Topology topology(String topic, WindowBytesStoreSupplier window) {
        Topology topology = new Topology();
        topology.addSource("in", Serdes.String().deserializer(), Serdes.String().deserializer(), topic);
        topology.addProcessor("write-kv", KvOnly::new, "in");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("kv"), Serdes.String(), Serdes.String()),
                "write-kv");
        topology.addStateStore(Stores.windowStoreBuilder(window, Serdes.String(), Serdes.Long()), "write-kv");
        return topology;
    }

    /** Runs until {@code expected} records were processed (and committed by the clean close); what was restored. */
    private Map<String, Long> run(String appId, Topology topology, int expected) throws Exception {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put("consumer.auto.offset.reset", "earliest");
        Map<String, Long> restored = new ConcurrentHashMap<>();
        KvOnly.processed.set(0);
        try (KafkaStreams streams = new KafkaStreams(topology, p)) {
            streams.setGlobalStateRestoreListener(new StateRestoreListener() {
                @Override
                public void onRestoreStart(TopicPartition partition, String store, long start, long end) {
                }

                @Override
                public void onBatchRestored(TopicPartition partition, String store, long batchEnd, long count) {
                    restored.merge(store, count, Long::sum);
                }

                @Override
                public void onRestoreEnd(TopicPartition partition, String store, long total) {
                }
            });
            streams.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (streams.state() != KafkaStreams.State.RUNNING || KvOnly.processed.get() < expected) {
                assertTrue(System.nanoTime() < deadline, "RUNNING with " + expected + " records processed within 90 s: "
                        + streams.state() + ", " + KvOnly.processed.get());
                Thread.sleep(50);
            }
            Thread.sleep(500);
            // leaving the group, as Application does, so the next start need not wait out this member's session
            assertTrue(streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(60))), "closed cleanly");
        }
        return restored;
    }

    /** Writes every record to "kv"; the window store "seen" is opened and never written. */
    static final class KvOnly implements Processor<String, String, Void, Void> {
        static final AtomicLong processed = new AtomicLong();
        private KeyValueStore<String, String> kv;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            kv = context.getStateStore("kv");
            WindowStore<String, Long> seen = context.getStateStore("seen");
            assertTrue(seen.persistent());
        }

        @Override
        public void process(Record<String, String> record) {
            kv.put(record.key(), record.value());
            processed.incrementAndGet();
        }
    }
}
