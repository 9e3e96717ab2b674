package io.complaintstreams.broker;

import io.complaintstreams.broker.internal.PartitionReadiness;
import io.complaintstreams.broker.internal.Waits;
import io.complaintstreams.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the project's topics (or any others) idempotently and then waits until every partition
 * can take writes, so no record is lost to a topic that is not ready yet. Existing topics are left alone,
 * whatever their settings (a setting that differs from what was asked for, e.g. an uncompacted
 * {@code complaints.deadlines}, is logged at WARN). Nothing is written to the topics.
 */
public final class TopicProvisioner {
    public static final int DEFAULT_PARTITIONS = 3;
    public static final short DEFAULT_REPLICATION_FACTOR = 1;
    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    /**
     * Keep records until deleted on purpose. The topics are the complaints record (reports and replays read them),
     * and records stamped with event time (e.g. signals of a year being imported) would otherwise fall to the
     * broker's 7-day time retention as soon as their segment rolled.
     */
    public static final long RETAIN_FOREVER = -1L;

    /**
     * An erased key's old value (the wrapped key) is compacted away within a day: until then the log still holds it
     * (wrapped, so readable only with the master key). README "Data protection".
     */
    public static final long KEYS_MAX_COMPACTION_LAG_MS = 24L * 60 * 60 * 1000;
    /**
     * Refused records on {@code complaints.dead-letter} are kept as received (CONTRACTS section 2: the original bytes),
     * so a row refused before it could be sealed holds its resident id and free text in clear; they are deleted after
     * 30 days, which is also the time a landlord has to answer an erasure request (UK GDPR article 12(3): one month).
     * Config {@code topic.dead-letter-retention-ms}. README "Data protection", "Dead letters".
     */
    public static final long DEFAULT_DEAD_LETTER_RETENTION_MS = 30L * 24 * 60 * 60 * 1000;
    /** A complaint state re-published with a masked resident id replaces the old one on disk within 7 days. */
    public static final long DEADLINES_MAX_COMPACTION_LAG_MS = 7L * 24 * 60 * 60 * 1000;

    private final KafkaClientConfig client;
    private final int partitions;
    private final short replicationFactor;
    private final long retentionMs;
    private final long deadLetterRetentionMs;

    public TopicProvisioner(KafkaClientConfig client, int partitions, short replicationFactor) {
        this(client, partitions, replicationFactor, RETAIN_FOREVER);
    }

    /** @param retentionMs time retention of the non-compacted project topics; {@link #RETAIN_FOREVER} keeps them */
    public TopicProvisioner(KafkaClientConfig client, int partitions, short replicationFactor, long retentionMs) {
        this(client, partitions, replicationFactor, retentionMs, DEFAULT_DEAD_LETTER_RETENTION_MS);
    }

    /**
     * @param retentionMs           time retention of the non-compacted project topics; {@link #RETAIN_FOREVER} keeps them
     * @param deadLetterRetentionMs time retention of {@code complaints.dead-letter} ({@link #DEFAULT_DEAD_LETTER_RETENTION_MS})
     */
    public TopicProvisioner(KafkaClientConfig client, int partitions, short replicationFactor, long retentionMs,
                            long deadLetterRetentionMs) {
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("partitions and replication factor must be at least 1");
        }
        if (retentionMs < RETAIN_FOREVER || deadLetterRetentionMs < RETAIN_FOREVER) {
            throw new IllegalArgumentException("retention must be -1 (forever) or a positive number of milliseconds");
        }
        this.deadLetterRetentionMs = deadLetterRetentionMs;
        this.client = client;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.retentionMs = retentionMs;
    }

    /** 3 partitions, replication factor 1 (single-node broker). */
    public TopicProvisioner(KafkaClientConfig client) {
        this(client, DEFAULT_PARTITIONS, DEFAULT_REPLICATION_FACTOR);
    }

    /**
     * The project topics; {@code complaints.deadlines} and {@code complaints.resident-keys} are compacted,
     * {@code complaints.erasure-requests} keeps records 30 days, {@code complaints.dead-letter} for the dead-letter
     * retention counted from when each record was refused ({@code LogAppendTime}), the others for the retention.
     */
    public List<NewTopic> projectTopics(Topics topics) {
        List<NewTopic> result = new ArrayList<>();
        for (String name : topics.allNames()) {
            NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.of(replicationFactor));
            if (name.equals(topics.deadlines.name())) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(DEADLINES_MAX_COMPACTION_LAG_MS)));
            } else if (name.equals(topics.residentKeys.name())) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(KEYS_MAX_COMPACTION_LAG_MS)));
            } else if (name.equals(topics.deadLetter())) {
                // stamped when refused: the topology's dead letters keep the refused record's own (event) time, which
                // would let retention delete a refused old event at the next segment roll
                topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(deadLetterRetentionMs),
                        TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"));
            } else if (name.equals(topics.erasureRequests.name())) {
                topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Topics.ERASURE_REQUESTS_RETENTION_MS)));
            } else {
                topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs)));
            }
            result.add(topic);
        }
        return result;
    }

    /** Creates the project topics that do not exist yet and waits until all of them take writes. */
    public void provision(Topics topics, Duration timeout) throws TimeoutException, InterruptedException {
        createTopics(projectTopics(topics), timeout);
    }

    /**
     * Creates the given topics that do not exist yet (existing ones are left as they are) and waits until
     * every partition of every one of them has a leader that answers.
     *
     * @throws TimeoutException      if not done within {@code timeout}
     * @throws IllegalStateException on a non-retriable error (e.g. replication factor above the broker count)
     */
    public void createTopics(Collection<NewTopic> newTopics, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> names = newTopics.stream().map(NewTopic::name).toList();
        try (Admin admin = Admin.create(client.asMap())) {
            try {
                Waits.until(timeout, () -> createMissing(admin, newTopics), "creating " + names);
            } catch (Waits.GiveUp e) {
                throw new IllegalStateException(e.getMessage(), e.getCause());
            }
            PartitionReadiness.await(admin, client.asMap(), names,
                    Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            warnOnConfigDrift(admin, newTopics);
        }
        LOG.info("Topics ready: {}", names);
    }

    /** An existing topic is left alone, but one without the settings asked for (e.g. not compacted) is worth a warning. */
    private static void warnOnConfigDrift(Admin admin, Collection<NewTopic> newTopics) {
        Map<ConfigResource, NewTopic> wanted = new HashMap<>();
        newTopics.stream().filter(t -> t.configs() != null && !t.configs().isEmpty())
                .forEach(t -> wanted.put(new ConfigResource(ConfigResource.Type.TOPIC, t.name()), t));
        if (wanted.isEmpty()) {
            return;
        }
        try {
            Map<ConfigResource, Config> actual = admin.describeConfigs(wanted.keySet()).all().get(10, TimeUnit.SECONDS);
            wanted.forEach((resource, topic) -> topic.configs().forEach((key, value) -> {
                ConfigEntry entry = actual.get(resource).get(key);
                if (entry == null || !value.equals(entry.value())) {
                    LOG.warn("Topic {} exists with {}={} where {} was asked for; left as it is",
                            topic.name(), key, entry == null ? null : entry.value(), value);
                }
            }));
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Could not check the settings of existing topics: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean createMissing(Admin admin, Collection<NewTopic> newTopics) {
        Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics).values();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                result.getValue().get(10, TimeUnit.SECONDS);
                LOG.info("Created topic {}", result.getKey());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    LOG.debug("Topic {} exists, left alone", result.getKey());
                } else if (e.getCause() instanceof RetriableException) {
                    throw new IllegalStateException("creating " + result.getKey() + ": " + e.getCause(), e.getCause());
                } else {
                    throw new Waits.GiveUp("cannot create topic " + result.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("creating " + result.getKey() + " timed out", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Waits.GiveUp("interrupted", e);
            }
        }
        return true;
    }
}
