package io.complaintstreams.broker.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Waits, without writing anything, until every partition of some topics can take writes: (1) the topic
 * descriptions show a leader for every partition, (2) every leader answers a ListOffsets request (served
 * only by a replica that has become leader), (3) a producer's metadata shows every partition with a leader.
 */
public final class PartitionReadiness {
    private static final long CALL_TIMEOUT_MS = 5_000;

    private PartitionReadiness() {
    }

    public static void await(Admin admin, Map<String, Object> clientConfig, Collection<String> topics, Duration timeout)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Integer> partitionCounts = new HashMap<>();
        Waits.until(remaining(deadline), () -> allHaveLeaders(admin, topics, partitionCounts), "leaders for " + topics);
        Waits.until(remaining(deadline), () -> leadersAnswer(admin, partitionCounts), "leaders answering for " + topics);
        Map<String, Object> producerConfig = new HashMap<>(clientConfig);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) CALL_TIMEOUT_MS);
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
            Waits.until(remaining(deadline), () -> producerSeesLeaders(producer, partitionCounts),
                    "producer metadata for " + topics);
        }
    }

    private static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    private static boolean allHaveLeaders(Admin admin, Collection<String> topics, Map<String, Integer> counts) {
        Map<String, TopicDescription> descriptions = get(admin.describeTopics(topics).allTopicNames());
        for (TopicDescription description : descriptions.values()) {
            for (TopicPartitionInfo partition : description.partitions()) {
                if (partition.leader() == null || partition.leader().isEmpty() || partition.isr().isEmpty()) {
                    return false;
                }
            }
            counts.put(description.name(), description.partitions().size());
        }
        return true;
    }

    private static boolean leadersAnswer(Admin admin, Map<String, Integer> counts) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        counts.forEach((topic, n) -> {
            for (int p = 0; p < n; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        });
        get(admin.listOffsets(request).all());
        return true;
    }

    private static boolean producerSeesLeaders(KafkaProducer<?, ?> producer, Map<String, Integer> counts) {
        for (Map.Entry<String, Integer> topic : counts.entrySet()) {
            List<PartitionInfo> partitions = producer.partitionsFor(topic.getKey());
            if (partitions.size() != topic.getValue()
                    || partitions.stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Waits.GiveUp("interrupted", e);
        }
    }
}
