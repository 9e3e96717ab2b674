package io.complaintstreams.erase;

import io.complaintstreams.broker.KafkaClientConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What {@code erase} can say about {@code complaints.dead-letter} (README "Data protection", "Dead letters"): refused
 * records are kept as received (CONTRACTS section 2), so erasure cannot change them; the topic's time retention deletes
 * them. This counts the records whose key or value contains the resident id's bytes (an upper bound: an id that is a
 * prefix of another matches both), and says by when the retention deletes the newest of them.
 *
 * @param records     dead letters whose bytes contain the id
 * @param newest      the newest such record's timestamp, empty when none
 * @param retentionMs the topic's {@code retention.ms}; -1 when it keeps records for ever
 */
public record DeadLetterScan(int records, Optional<Instant> newest, long retentionMs) {

    /** When the retention deletes every counted record (at the latest, once its segment rolls); empty if never or none. */
    public Optional<Instant> deletedBy() {
        return retentionMs < 0 ? Optional.empty() : newest.map(t -> t.plusMillis(retentionMs));
    }

    public static DeadLetterScan of(KafkaClientConfig clients, String topic, String residentId, Duration timeout)
            throws TimeoutException, InterruptedException {
        byte[] id = residentId.getBytes(StandardCharsets.UTF_8);
        int count = 0;
        Instant newest = null;
        Properties p = clients.asProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"); // an aborted record is on disk too
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading " + topic + " did not reach its end within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (contains(r.key(), id) || contains(r.value(), id)) {
                        count++;
                        Instant at = Instant.ofEpochMilli(r.timestamp());
                        newest = newest == null || at.isAfter(newest) ? at : newest;
                    }
                }
            }
        }
        return new DeadLetterScan(count, Optional.ofNullable(newest), retentionMs(clients, topic, timeout));
    }

    private static long retentionMs(KafkaClientConfig clients, String topic, Duration timeout)
            throws TimeoutException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(clients.asMap())) {
            Config config = admin.describeConfigs(List.of(resource)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(resource);
            return Long.parseLong(config.get(TopicConfig.RETENTION_MS_CONFIG).value());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read " + topic + "'s retention: " + e.getCause().getMessage(), e.getCause());
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null || needle.length == 0 || haystack.length < needle.length) {
            return false;
        }
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (haystack[i] == needle[0] && Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
