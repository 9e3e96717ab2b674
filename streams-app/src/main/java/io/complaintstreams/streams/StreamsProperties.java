package io.complaintstreams.streams;

import io.complaintstreams.streams.guard.DeadLetterDeserializationHandler;
import io.complaintstreams.streams.guard.DeadLetterProcessingHandler;
import io.complaintstreams.streams.guard.DeadLetterProductionHandler;
import io.complaintstreams.streams.memory.BoundedRocksDBMemory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka Streams settings for complaint-streams: the application's defaults, then the operator's {@code kafka.*}
 * settings ({@link KafkaSettings}), then what the application forces ({@link #FORCED}): exactly-once v2, explicit
 * names enforced, its own dead-letter topic and every exception handler set on purpose. Undecodable input and records
 * the topology rejects go to the dead-letter topic with Kafka Streams' {@code __streams.errors.*} headers (KIP-1034)
 * and processing continues; a record that cannot be produced fails the task rather than being lost, except one the
 * broker refuses for its timestamp or size, which is dead-lettered (package {@code guard}). Every dead-letter record
 * carries a timestamp the broker accepts.
 */
public final class StreamsProperties {
    public static final String DEFAULT_APPLICATION_ID = "complaint-streams";
    /** Record cache (on heap, shared by the stream threads, flushed at each commit): 32 MiB unless set. */
    public static final long DEFAULT_RECORD_CACHE_BYTES = 32L << 20;
    /** Commit (and record-cache flush) interval unless set: bounds alert latency, at some cost in throughput. */
    public static final int DEFAULT_COMMIT_INTERVAL_MS = 200;
    /**
     * Commit interval unless set, for a replay ({@code --clock event}): no one waits on a replay's alerts, and every
     * commit is an exactly-once transaction over every partition written (a flush, an end-transaction and a marker per
     * partition, a new compressed batch per partition and a record-cache flush), so a replay commits every 3 s rather
     * than every 200 ms. Measured on a 13,000-home replay (README "Measured", "Where a replay's wall time goes"): at
     * 1,000 ms the stream thread spent 10% of its wall time in flushes and commits (12.7% commit ratio, 289
     * transactions), at 5,000 ms 3.5% (54 transactions); each interval also adds up to two commits' wait at the end of
     * a replay (repartitioned records become readable at a commit and are committed at the next), so 3 s rather than
     * 5. Exactly-once is unchanged (the interval only bounds how much a crash re-processes); it must stay below the
     * producer's {@code transaction.timeout.ms} (10 s under exactly-once in Kafka Streams).
     */
    public static final int REPLAY_COMMIT_INTERVAL_MS = 3000;
    /**
     * Standby replicas unless set: with two or more instances each store partition has a warm copy on another
     * instance, which takes over a lost instance's tasks without a full restore and answers queries meanwhile; one
     * instance alone has nowhere to put it, so it costs nothing there.
     */
    public static final int DEFAULT_STANDBY_REPLICAS = 1;

    /** Settings the application decides; an operator's value other than the allowed one is refused with the reason. */
    public static final List<ForcedSetting> FORCED = List.of(
            ForcedSetting.any(Set.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG), "set bootstrap.servers (--bootstrap-servers) instead"),
            ForcedSetting.any(Set.of(StreamsConfig.APPLICATION_ID_CONFIG), "set application.id instead (it also names ingest's transactional ids)"),
            ForcedSetting.any(Set.of(StreamsConfig.STATE_DIR_CONFIG), "set data.dir instead (state lives in DATA_DIR/streams)"),
            ForcedSetting.any(Set.of(StreamsConfig.APPLICATION_SERVER_CONFIG),
                    "derived from http.advertised-host and http.port, which interactive queries are forwarded to"),
            ForcedSetting.any(Set.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG),
                    "the dead-letter topic is the app's own complaints.dead-letter (after topic.prefix), which it creates "
                            + "and which ingest writes too"),
            ForcedSetting.onlyValue(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
                    "an alert and the store flag saying it was raised must commit in one transaction, or a crash re-alerts "
                            + "or loses an alert"),
            ForcedSetting.onlyValue(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true,
                    "every store, repartition and changelog topic has a stable explicit name (KIP-1111); generated names "
                            + "break restores after an upgrade"),
            ForcedSetting.onlyValue(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION,
                    "optimization merges and renames internal topics and stores, so existing state would no longer be found"),
            ForcedSetting.any(Set.of(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                            StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                            StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                            "default.deserialization.exception.handler", "default.production.exception.handler"),
                    "bad records must reach the dead-letter topic with their reason and a record that cannot be "
                            + "produced must fail the task, never be dropped"),
            ForcedSetting.onlyValue(Set.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                            StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG),
                            StreamsConfig.mainConsumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)), "earliest",
                    "a new application must read the input topics from the beginning, or complaints already on them "
                            + "are never seen"));

    private StreamsProperties() {}

    /** The application's settings with no operator overrides and the default RocksDB memory bound. */
    public static Properties create(String applicationId, Map<String, Object> clientSettings, String stateDir,
                                    String deadLetterTopic) {
        return create(applicationId, clientSettings, stateDir, deadLetterTopic, KafkaSettings.none(),
                BoundedRocksDBMemory.DEFAULT_TOTAL_BYTES);
    }

    /**
     * @param clientSettings      bootstrap servers and security settings for every client
     * @param overrides           the operator's checked {@code kafka.*} settings
     * @param rocksDbTotalBytes   off-heap bytes all RocksDB stores of this process share (block cache, index and
     *                            filter blocks, memtables), used by {@link BoundedRocksDBMemory} unless
     *                            {@code rocksdb.config.setter} is overridden
     */
    public static Properties create(String applicationId, Map<String, Object> clientSettings, String stateDir,
                                    String deadLetterTopic, KafkaSettings overrides, long rocksDbTotalBytes) {
        Properties p = new Properties();
        p.putAll(clientSettings);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, DEFAULT_COMMIT_INTERVAL_MS);
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, DEFAULT_STANDBY_REPLICAS);
        // a crashed instance's tasks move after 10 s rather than the default 45 s
        clientDefault(p, overrides, StreamsConfig.CONSUMER_PREFIX, ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        clientDefault(p, overrides, StreamsConfig.PRODUCER_PREFIX, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, DEFAULT_RECORD_CACHE_BYTES);
        // max.task.idle.ms stays Kafka's default 0 (KIP-695): a task waits for a source partition whose records are
        // still on the broker, so a replay or a backlog is processed in timestamp order across the inputs and the
        // event-clock deadline punctuation never runs ahead of a topic still being fetched. -1 would skip Kafka's
        // readiness check (PartitionGroup.readyToProcess in 4.3.1 formats log text per empty source partition per
        // record, about 9% of the stream thread here) at the cost of that order (README "Measured", issue 11).
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDBMemory.class);
        p.put(BoundedRocksDBMemory.TOTAL_BYTES_CONFIG, rocksDbTotalBytes);
        p.putAll(overrides.forStreams());

        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        // the processing handler also for global stores (KIP-1270; the default from Kafka 5.0): our handlers decide what a
        // global store's failed record does (package guard). Also given to the main consumer, whose partition assignor
        // builds a StreamsConfig of its own from the consumer's settings and would otherwise warn that it is off
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), true);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }

    /**
     * Sets a client setting's default behind {@code prefix} ({@code consumer.}, {@code main.consumer.} or
     * {@code producer.}) unless the operator set it under a name that reaches the same client: Kafka Streams lets a
     * prefixed name win over the bare one, so an operator's {@code session.timeout.ms} would otherwise lose to the
     * application's {@code consumer.session.timeout.ms}.
     */
    private static void clientDefault(Properties p, KafkaSettings overrides, String prefix, String name, Object value) {
        List<String> spellings = prefix.equals(StreamsConfig.PRODUCER_PREFIX) ? List.of(name, prefix + name)
                : List.of(name, StreamsConfig.CONSUMER_PREFIX + name, prefix + name);
        if (spellings.stream().noneMatch(overrides.forStreams()::containsKey)) {
            p.put(prefix + name, value);
        }
    }

    /**
     * The defaults of a replay ({@code --clock event}) over {@link #create}'s: {@link #REPLAY_COMMIT_INTERVAL_MS}
     * unless the operator set {@code commit.interval.ms}.
     */
    public static Properties forReplay(Properties props, KafkaSettings overrides) {
        if (!overrides.forStreams().containsKey(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)) {
            props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, REPLAY_COMMIT_INTERVAL_MS);
        }
        return props;
    }

    /**
     * A setting the application decides: {@code names} may not be set at all ({@code allowed} null), or only to
     * {@code allowed} (compared as text, case-insensitively).
     */
    public record ForcedSetting(Set<String> names, Object allowed, String reason) {
        static ForcedSetting any(Set<String> names, String reason) {
            return new ForcedSetting(names, null, reason);
        }

        static ForcedSetting onlyValue(String name, Object allowed, String reason) {
            return onlyValue(Set.of(name), allowed, reason);
        }

        static ForcedSetting onlyValue(Set<String> names, Object allowed, String reason) {
            return new ForcedSetting(names, Objects.requireNonNull(allowed), reason);
        }

        /** True when {@code value} for {@code name} would change what the application decides. */
        public boolean refuses(String name, Object value) {
            return names.contains(name) && (allowed == null || !String.valueOf(allowed).equalsIgnoreCase(String.valueOf(value)));
        }
    }
}
