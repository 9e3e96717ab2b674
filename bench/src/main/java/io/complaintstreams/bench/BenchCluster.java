package io.complaintstreams.bench;

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
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The bench's own embedded broker, in a process of its own ({@link BrokerProcess}: free port, its own data directory,
 * so the app's memory can be read apart from it), and the admin and producer helpers.
 */
final class BenchCluster implements AutoCloseable {
    static final int PARTITIONS = TopicProvisioner.DEFAULT_PARTITIONS;
    /**
     * The broker process's JVM options by default: the serial collector, which sizes the heap to what is live, from a
     * small start, with a ceiling of its own (in `run` the embedded broker shares the app's JVM instead). With the 16 MiB log cleaner map
     * ({@code BrokerSettings.DEFAULT_CLEANER_DEDUPE_BUFFER_BYTES}) its live heap at the end of a 13,000-home replay was
     * 71 MB and its RSS 310 MB, against 522-542 MB with {@code -Xmx1g -XX:+UseG1GC} and the 128 MiB map (README "Memory").
     */
    static final String BROKER_OPTIONS = "-Xms32m -Xmx384m -XX:+UseSerialGC";
    /** Environment variable with the broker process's JVM options (default {@value #BROKER_OPTIONS}). */
    static final String BROKER_OPTIONS_VARIABLE = "COMPLAINT_STREAMS_BENCH_BROKER_JAVA_OPTS";
    private final ChildJvm broker;
    private final String brokerOptions;
    private final KafkaClientConfig clients;
    private final Admin admin;

    private BenchCluster(ChildJvm broker, String brokerOptions, String bootstrapServers) {
        this.broker = broker;
        this.brokerOptions = brokerOptions;
        this.clients = KafkaClientConfig.of(bootstrapServers);
        this.admin = Admin.create(clients.asMap());
    }

    static BenchCluster start(Path dataDir) throws Exception {
        String options = brokerOptionsFrom(System.getenv(BROKER_OPTIONS_VARIABLE));
        ChildJvm broker = ChildJvm.start("broker", options, BrokerProcess.class.getName(), List.of(dataDir.toString()),
                Map.of(), dataDir.resolveSibling("broker.log"), line -> line.startsWith(BrokerProcess.READY));
        try {
            String ready = broker.awaitReady(Duration.ofSeconds(180));
            return new BenchCluster(broker, options, ready.substring(BrokerProcess.READY.length()).trim());
        } catch (Exception e) {
            broker.close();
            throw e;
        }
    }

    /** The broker process's JVM options: the variable's value when set and not blank, else the default. */
    static String brokerOptionsFrom(String given) {
        return given == null || given.isBlank() ? BROKER_OPTIONS : given;
    }

    KafkaClientConfig clients() {
        return clients;
    }

    String bootstrapServers() {
        return clients.bootstrapServers();
    }

    /** The JVM options the broker process was started with. */
    String brokerOptions() {
        return brokerOptions;
    }

    /** The broker's own process (its memory). */
    ChildJvm brokerProcess() {
        return broker;
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

    /**
     * True once every partition of the topics has no open transaction (its read_committed end offset, the last stable
     * offset, equals its high watermark) and the group's committed offset has reached that end: everything written to
     * them, the topology's own repartition records included, is processed and committed.
     */
    boolean drained(String groupId, Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        try {
            for (var d : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                return false; // a repartition topic not created yet
            }
            throw e;
        }
        Map<TopicPartition, Long> stable = offsets(request, IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> highWatermarks = offsets(request, IsolationLevel.READ_UNCOMMITTED);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        for (var end : highWatermarks.entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            long position = c == null ? 0 : c.offset();
            if (stable.get(end.getKey()) < end.getValue() || position < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetSpec> request, IsolationLevel isolation) throws Exception {
        return admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get(10, TimeUnit.SECONDS).entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Waits (polling every 100 ms) until {@link #drained}; returns the nanoTime at which it was seen. */
    long awaitDrained(String groupId, Collection<String> topics, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!drainedOrSlow(groupId, topics)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(groupId + " did not process and commit all of " + topics + " within " + timeout);
            }
            Thread.sleep(100);
        }
        return System.nanoTime();
    }

    /** {@link #drained}, where an admin call that timed out (a busy broker) counts as not yet. */
    boolean drainedOrSlow(String groupId, Collection<String> topics) throws Exception {
        try {
            return drained(groupId, topics);
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Records not yet committed by the group on these topics (sum over partitions of end minus committed offset). */
    long lag(String groupId, Collection<String> topics) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(topics);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (c == null ? 0 : c.offset()));
        }
        return lag;
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
