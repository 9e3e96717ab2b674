package io.complaintstreams.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EmbeddedKafkaBrokerIT {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBrokerIT.class);
    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void shouldProvisionTheProjectTopicsWithCompactedDeadlinesAndCarryARecord() throws Exception {
        Topics topics = new Topics("it-provision.");
        try (EmbeddedKafkaBroker broker = start()) {
            new TopicProvisioner(broker.clientConfig()).provision(topics, READY);

            try (Admin admin = Admin.create(broker.clientConfig().asMap())) {
                Set<String> listed = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertTrue(listed.containsAll(topics.allNames()), "listed " + listed);
                assertEquals(14, topics.allNames().size()); // CONTRACTS section 2 (with complaints.alert-resolutions), complaints.audit, the data-protection topics, crm.ombudsman-cases
                assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, cleanupPolicy(admin, topics.deadlines.name()));
                assertEquals(TopicConfig.CLEANUP_POLICY_DELETE, cleanupPolicy(admin, topics.alerts.name()));
                // event-time stamped records (a year of signals) must not fall to the broker's 7-day time retention
                assertEquals("-1", topicConfig(admin, topics.signals.name(), TopicConfig.RETENTION_MS_CONFIG));
                assertEquals("-1", topicConfig(admin, topics.complaintEvents.name(), TopicConfig.RETENTION_MS_CONFIG));
                assertEquals(3, admin.describeTopics(List.of(topics.contacts.name())).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get(topics.contacts.name()).partitions().size());
            }
            Records.send(broker.clientConfig(), topics.contacts.name(), "c-1", "hello");
            List<ConsumerRecord<String, String>> read =
                    Records.readFromBeginning(broker.clientConfig(), topics.contacts.name(), 1, READY);
            assertEquals(1, read.size());
            assertEquals("c-1", read.get(0).key());
            assertEquals("hello", read.get(0).value());
        }
    }

    @Test
    void shouldProvisionIdempotently() throws Exception {
        Topics topics = new Topics("it-idempotent.");
        try (EmbeddedKafkaBroker broker = start()) {
            TopicProvisioner provisioner = new TopicProvisioner(broker.clientConfig(), 2, (short) 1);
            provisioner.createTopics(List.of(new NewTopic(topics.deadlines.name(), 1, (short) 1)), READY);
            provisioner.provision(topics, READY);
            Records.send(broker.clientConfig(), topics.signals.name(), "r-1", "kept");

            provisioner.provision(topics, READY);
            new TopicProvisioner(broker.clientConfig(), 5, (short) 1).provision(topics, READY);

            try (Admin admin = Admin.create(broker.clientConfig().asMap())) {
                assertEquals(2, admin.describeTopics(List.of(topics.signals.name())).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get(topics.signals.name()).partitions().size(),
                        "an existing topic is left alone");
                assertEquals(TopicConfig.CLEANUP_POLICY_DELETE, cleanupPolicy(admin, topics.deadlines.name()),
                        "an existing topic's settings are left alone (and logged at WARN)");
            }
            assertEquals(1, Records.readFromBeginning(broker.clientConfig(), topics.signals.name(), 1, READY).size());
        }
    }

    @Test
    void shouldKeepTopicsAndRecordsAcrossARestartOnTheSameDataDir() throws Exception {
        Topics topics = new Topics("it-restart.");
        int port;
        try (EmbeddedKafkaBroker first = start()) {
            port = first.clientPort();
            new TopicProvisioner(first.clientConfig()).provision(topics, READY);
            Records.send(first.clientConfig(), topics.complaintEvents.name(), "cmp-1", "before restart");
        }

        BrokerSettings again = BrokerSettings.of(dataDir).withClientPort(port);
        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(again)) {
            Duration ready = second.awaitReady(READY);
            LOG.info("MEASURE restart-to-ready {} ms", ready.toMillis());
            try (Admin admin = Admin.create(second.clientConfig().asMap())) {
                assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).containsAll(topics.allNames()));
            }
            List<ConsumerRecord<String, String>> read =
                    Records.readFromBeginning(second.clientConfig(), topics.complaintEvents.name(), 1, READY);
            assertEquals(1, read.size());
            assertEquals("before restart", read.get(0).value());
        }
    }

    @Test
    void shouldReportAFatalBrokerErrorToTheCallbackWithoutEndingTheJvm() throws Exception {
        CompletableFuture<BrokerFatalError> fatal = new CompletableFuture<>();
        BrokerSettings settings = BrokerSettings.of(dataDir).withClientPort(0).withOnFatalError(fatal::complete);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(settings)) {
            broker.awaitReady(READY);

            Exit.halt(1, "simulated fatal broker error");

            assertEquals(new BrokerFatalError(1, "simulated fatal broker error", true), fatal.get(10, TimeUnit.SECONDS));
        }
    }

    private EmbeddedKafkaBroker start() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir).withClientPort(0));
        Duration ready = broker.awaitReady(READY);
        LOG.info("MEASURE start-to-ready {} ms (fresh data dir)", ready.toMillis());
        return broker;
    }

    private static String cleanupPolicy(Admin admin, String topic) throws Exception {
        return topicConfig(admin, topic, TopicConfig.CLEANUP_POLICY_CONFIG);
    }

    private static String topicConfig(Admin admin, String topic, String key) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS);
        return configs.get(resource).get(key).value();
    }
}
