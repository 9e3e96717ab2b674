package io.complaintstreams.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Finds, per partition, the offset of the last committed record before a given end offset (read_committed: records
 * of aborted transactions and transaction markers are skipped), for {@link StartupHistoryCapture}. Every partition is
 * read under one assignment, each from {@value #TAIL} records before its end (a window doubled, by a seek, while it
 * holds no committed record, down to the partition's first offset), so the consumer never moves between partitions
 * and no answer arrives for a partition it no longer holds. A partition with no committed record before its end is
 * left out. Bounded: the whole read fails with an {@link IllegalStateException} after {@code timeout}. The consumer
 * asks the broker for no offsets (the caller gives the first ones): a read_committed consumer that lists offsets of a
 * partition it does not hold logs "Not updating last stable offset ... as it is no longer assigned".
 */
final class LastCommittedRecords {
    /** Records read back from the end of a partition at first (then doubled). */
    static final long TAIL = 64;
    private static final Duration POLL = Duration.ofMillis(200);

    private LastCommittedRecords() {}

    /**
     * @param clients bootstrap servers and security settings of a consumer (its group id is ignored)
     * @param begins  per partition, its first offset (the log start; 0 when missing)
     * @param ends    per partition, the end offset (exclusive) before which to look
     * @return per partition number, the offset of the last committed record before its end
     */
    static Map<Integer, Long> before(Map<String, Object> clients, Map<TopicPartition, Long> begins,
                                     Map<TopicPartition, Long> ends, Duration timeout) {
        Map<String, Object> props = new HashMap<>(clients);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "startup-history");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<Integer, Long> last = new HashMap<>();
        if (ends.isEmpty()) {
            return last;
        }
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.copyOf(ends.keySet()));
            Map<TopicPartition, Long> froms = new HashMap<>();
            for (TopicPartition tp : ends.keySet()) {
                froms.put(tp, Math.max(begins.getOrDefault(tp, 0L), ends.get(tp) - TAIL));
                consumer.seek(tp, froms.get(tp));
            }
            Set<TopicPartition> searching = new HashSet<>(ends.keySet());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!searching.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading the last records of " + searching + " took over " + timeout);
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                for (TopicPartition tp : Set.copyOf(searching)) {
                    long end = ends.get(tp);
                    for (ConsumerRecord<byte[], byte[]> r : records.records(tp)) {
                        if (r.offset() < end) {
                            last.merge(tp.partition(), r.offset(), Math::max);
                        }
                    }
                    if (consumer.position(tp, timeout) < end) {
                        continue;
                    }
                    long begin = begins.getOrDefault(tp, 0L);
                    if (last.containsKey(tp.partition()) || froms.get(tp) <= begin) {
                        searching.remove(tp);
                        consumer.pause(List.of(tp));
                    } else {
                        froms.put(tp, Math.max(begin, end - 2 * (end - froms.get(tp)))); // the window doubled
                        consumer.seek(tp, froms.get(tp));
                    }
                }
            }
        }
        return last;
    }
}
