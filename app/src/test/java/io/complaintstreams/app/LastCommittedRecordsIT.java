package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.broker.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LastCommittedRecords} on a real broker, four partitions read together: one whose tail is a long aborted
 * transaction (the window is doubled until it reaches a committed record), one shorter than the first window, one
 * holding only an aborted transaction (no committed record: left out) and one whose last record is committed; and
 * without Kafka's "Not updating last stable offset ... as it is no longer assigned" (a list-offsets answer for a
 * partition the consumer does not hold), which reading one partition after another logged.
 */
@Timeout(180)
class LastCommittedRecordsIT {
    private static final String TOPIC = "tails";

    @TempDir
    Path dir;

    @Test
    void shouldFindEachPartitionsLastCommittedRecordReadingThemAllUnderOneAssignment() throws Exception {
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(dir.resolve("kafka"), 1, Map.of())) {
            cluster.awaitNodes(1, Duration.ofSeconds(60));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 4, (short) 1))).all().get(60, TimeUnit.SECONDS);
                try (var producer = transactional(cluster)) {
                    producer.initTransactions();
                    write(producer, 0, 100, true);
                    write(producer, 0, 200, false); // the tail: 200 aborted records and a marker after offset 99
                    write(producer, 1, 10, true);
                    write(producer, 2, 30, false);
                    write(producer, 3, 5, false);
                    write(producer, 3, 70, true);
                }
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (int p = 0; p < 4; p++) {
                    latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
                }
                // commitTransaction and abortTransaction return before the partitions' markers are written (transactions
                // v2): wait until no partition has an open transaction, so each read-committed end is final
                Map<TopicPartition, Long> ends = new HashMap<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (true) {
                    ends.clear();
                    admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                            .get(60, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
                    Map<TopicPartition, Long> logEnds = new HashMap<>();
                    admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all()
                            .get(60, TimeUnit.SECONDS).forEach((tp, info) -> logEnds.put(tp, info.offset()));
                    if (ends.equals(logEnds)) {
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("transactions still open after 60 s: " + ends + " against " + logEnds);
                    }
                    Thread.sleep(50);
                }

                Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
                ends.keySet().forEach(tp -> earliest.put(tp, OffsetSpec.earliest()));
                Map<TopicPartition, Long> begins = new HashMap<>();
                admin.listOffsets(earliest).all().get(60, TimeUnit.SECONDS).forEach((tp, info) -> begins.put(tp, info.offset()));

                List<String> warnings = new ArrayList<>();
                Map<Integer, Long> last;
                try (var captured = WarningsOf.logger("org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils", warnings)) {
                    last = LastCommittedRecords.before(Map.of("bootstrap.servers", cluster.bootstrapServers(), "group.id", "ignored"),
                            begins, ends, Duration.ofSeconds(60));
                }

                // partition 3: 5 aborted records (0-4), their marker (5), 70 committed (6-75), their marker (76)
                assertEquals(Map.of(0, 99L, 1, 9L, 3, 75L), last);
                assertEquals(List.of(), warnings, "the consumer never answers for a partition it does not hold");
            }
        }
    }

    private static KafkaProducer<String, String> transactional(EmbeddedKafkaCluster cluster) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "last-committed-records-it");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** {@code n} records to {@code partition} in one transaction, committed or aborted. */
    private static void write(KafkaProducer<String, String> producer, int partition, int n, boolean commit) throws Exception {
        producer.beginTransaction();
        for (int i = 0; i < n; i++) {
            producer.send(new ProducerRecord<>(TOPIC, partition, "k" + i, "v" + i)).get(30, TimeUnit.SECONDS);
        }
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    /** Captures a logger's WARN and ERROR messages (at WARN whatever the test configuration says) until closed. */
    private static final class WarningsOf implements AutoCloseable {
        private final org.apache.logging.log4j.core.Logger logger;
        private final org.apache.logging.log4j.core.appender.AbstractAppender appender;
        private final org.apache.logging.log4j.Level before;

        private WarningsOf(String name, List<String> into) {
            logger = (org.apache.logging.log4j.core.Logger) org.apache.logging.log4j.LogManager.getLogger(name);
            appender = new org.apache.logging.log4j.core.appender.AbstractAppender("capture-" + name, null, null, true,
                    org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                @Override
                public void append(org.apache.logging.log4j.core.LogEvent event) {
                    if (event.getLevel().isMoreSpecificThan(org.apache.logging.log4j.Level.WARN)) {
                        synchronized (into) {
                            into.add(event.getMessage().getFormattedMessage());
                        }
                    }
                }
            };
            appender.start();
            before = logger.getLevel();
            logger.addAppender(appender);
            logger.setLevel(org.apache.logging.log4j.Level.WARN);
        }

        static WarningsOf logger(String name, List<String> into) {
            return new WarningsOf(name, into);
        }

        @Override
        public void close() {
            logger.removeAppender(appender);
            logger.setLevel(before);
            appender.stop();
        }
    }
}
