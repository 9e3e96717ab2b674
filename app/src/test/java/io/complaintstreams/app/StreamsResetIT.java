package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.testsupport.EmbeddedKafkaExtension;
import io.complaintstreams.testsupport.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The reset on a real broker: internal topics, group offsets and local state go; everything else stays. */
@Timeout(180)
class StreamsResetIT {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @TempDir
    Path stateDir;

    @Test
    void shouldDeleteInternalTopicsGroupOffsetsAndLocalStateButKeepInputTopics() throws Exception {
        String app = "reset-app";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            List<String> internal = List.of(app + "-complaint-ledger-changelog", app + "-aggregation-entity-facts-repartition");
            List<String> kept = List.of("reset-input", app + "-not-internal", "other-app-complaint-ledger-changelog");
            admin.createTopics(java.util.stream.Stream.concat(internal.stream(), kept.stream())
                    .map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
            admin.alterConsumerGroupOffsets(app, Map.of(new TopicPartition("reset-input", 0), new OffsetAndMetadata(0))).all().get();
            Files.createDirectories(stateDir.resolve(app).resolve("0_0"));
            Files.writeString(stateDir.resolve(app).resolve("0_0/.checkpoint"), "0");
            Files.createDirectories(stateDir.resolve("another-app"));

            var reset = new StreamsReset(admin, app, stateDir);
            StreamsReset.Plan plan = reset.plan();
            assertEquals(internal.stream().sorted().toList(), plan.internalTopics());
            assertTrue(plan.groupExists());
            assertEquals(0, plan.runningMembers());

            reset.reset();

            Set<String> left = admin.listTopics().names().get();
            assertTrue(left.containsAll(kept), "input and other topics are kept: " + left);
            internal.forEach(t -> assertFalse(left.contains(t), t + " deleted"));
            assertFalse(admin.listConsumerGroups().all().get().stream().anyMatch(g -> g.groupId().equals(app)), "group deleted");
            assertFalse(Files.exists(stateDir.resolve(app)), "local state deleted");
            assertTrue(Files.exists(stateDir.resolve("another-app")), "other applications' state kept");
        }
    }

    @Test
    void shouldRefuseWhileAnInstanceIsRunning() throws Exception {
        String app = "running-app";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("running-input", 1, (short) 1), new NewTopic(app + "-x-changelog", 1, (short) 1)))
                    .all().get();
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
            p.put(ConsumerConfig.GROUP_ID_CONFIG, app);
            try (var member = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                member.subscribe(List.of("running-input"));
                Poll.until(Duration.ofSeconds(60), () -> {
                    member.poll(Duration.ofMillis(200));
                    return !member.assignment().isEmpty();
                }, "member joined");
                var reset = new StreamsReset(admin, app, stateDir);
                assertThrows(IllegalStateException.class, reset::reset);
                assertTrue(admin.listTopics().names().get().contains(app + "-x-changelog"), "nothing deleted");
            }
        }
    }
}
