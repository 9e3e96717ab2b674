package io.complaintstreams.erase;

import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.topics.Topic;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code complaints.resident-keys} from the beginning to its current end (committed records only) and
 * returns the live keys: the last value of every key id, tombstoned ones left out. Used by erasure and retention.
 */
public final class ResidentKeyScan {
    private ResidentKeyScan() {}

    public static Map<String, ResidentKey> live(KafkaClientConfig clients, Topic<ResidentKey> topic, Duration timeout)
            throws TimeoutException {
        Properties p = clients.asProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, ResidentKey> live = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading " + topic.name() + " did not reach its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        live.remove(r.key());
                    } else {
                        live.put(r.key(), topic.valueSerde().decode(r.value()));
                    }
                }
            }
        }
        return live;
    }
}
