package io.complaintstreams.bench;

import io.complaintstreams.broker.BrokerSettings;
import io.complaintstreams.broker.EmbeddedKafkaBroker;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.broker.TopicProvisioner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The bench's own embedded broker (free ports, its own data directory) and the admin and producer helpers. */
final class BenchCluster implements AutoCloseable {
    static final int PARTITIONS = TopicProvisioner.DEFAULT_PARTITIONS;
    private final EmbeddedKafkaBroker broker;
    private final Admin admin;

    private BenchCluster(EmbeddedKafkaBroker broker) {
        this.broker = broker;
        this.admin = Admin.create(broker.clientConfig().asMap());
    }

    static BenchCluster start(Path dataDir) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir).withClientPort(0));
        try {
            broker.awaitReady(Duration.ofSeconds(120));
        } catch (Exception e) {
            broker.close();
            throw e;
        }
        return new BenchCluster(broker);
    }

    KafkaClientConfig clients() {
        return broker.clientConfig();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    Admin admin() {
        return admin;
    }

    /** Creates the topics ({@value #PARTITIONS} partitions each) and waits until every partition takes writes. */
    void createTopics(Collection<String> names) throws TimeoutException, InterruptedException {
        List<NewTopic> topics = names.stream().map(n -> new NewTopic(n, Optional.of(PARTITIONS), Optional.empty())).toList();
        new TopicProvisioner(clients(), PARTITIONS, (short) 1).createTopics(topics, Duration.ofSeconds(60));
    }

    /** The bench's producer settings: acks=all and idempotence (as ingest), lz4 (as the Streams producers). */
    Map<String, Object> producerSettings() {
        Map<String, Object> p = clients().asMap();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return p;
    }

    /**
     * Sends every record (topic chosen by {@code topicOf}) and waits for all acknowledgements. The record timestamp
     * is the send time (the topology takes event time from occurredAt): records timestamped a year back would be
     * eligible for deletion by the 7-day retention while the bench runs.
     *
     * @return the elapsed nanoseconds from the first send to the last acknowledgement
     */
    long produce(List<BenchRecord> records, Function<BenchRecord, String> topicOf) {
        try (var producer = new KafkaProducer<>(producerSettings(), new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            var failure = new java.util.concurrent.atomic.AtomicReference<Exception>();
            for (BenchRecord r : records) {
                producer.send(new ProducerRecord<>(topicOf.apply(r), null, r.key(), r.value()),
                        (metadata, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
            long elapsed = System.nanoTime() - start;
            if (failure.get() != null) {
                throw new IllegalStateException("bench producer failed: " + failure.get(), failure.get());
            }
            return elapsed;
        }
    }

    /** True once the group's committed offsets have reached the end offsets of every partition of the topics. */
    boolean consumedAll(String groupId, Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (String topic : topics) {
            for (int p = 0; p < PARTITIONS; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, Long> ends = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        for (var end : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            long position = c == null ? 0 : c.offset();
            if (position < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Waits (polling every 50 ms) until {@link #consumedAll}; returns the nanoTime at which it was seen. */
    long awaitConsumed(String groupId, Collection<String> topics, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!consumedAll(groupId, topics)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(groupId + " did not consume " + topics + " within " + timeout);
            }
            Thread.sleep(50);
        }
        return System.nanoTime();
    }

    /** End offset per partition of the topics (0 for an empty partition). */
    Map<TopicPartition, Long> endOffsets(Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (String topic : topics) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        }
        return admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        broker.close();
    }
}
