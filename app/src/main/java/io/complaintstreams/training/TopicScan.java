package io.complaintstreams.training;

import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic once from the beginning to its end at the start of the scan (committed records only, no consumer
 * group), handing each record's key and decoded value (null for a tombstone) to a callback. A value that does not
 * decode is counted, not thrown: the input topics' bad rows went to the dead-letter topic, so this is rare.
 */
final class TopicScan {
    private TopicScan() {}

    /** @return the number of values that could not be decoded */
    static <V extends SpecificRecord> int scan(KafkaClientConfig clients, Topic<V> topic, Duration timeout,
                                               BiConsumer<String, V> each) throws TimeoutException {
        Properties p = clients.asProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "complaint-streams-export-resolutions");
        long deadline = System.nanoTime() + timeout.toNanos();
        int undecodable = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                return 0;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading " + topic.name() + " did not reach its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    if (r.value() == null) {
                        each.accept(r.key(), null);
                        continue;
                    }
                    V value;
                    try {
                        value = topic.valueSerde().decode(r.value());
                    } catch (RuntimeException e) {
                        undecodable++;
                        continue;
                    }
                    each.accept(r.key(), value);
                }
            }
        }
        return undecodable;
    }
}
