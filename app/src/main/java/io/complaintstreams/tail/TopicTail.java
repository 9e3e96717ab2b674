package io.complaintstreams.tail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.topics.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic without a consumer group (manual assignment, committed records only) and prints JSON lines. */
public final class TopicTail {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String bootstrapServers;
    private final String topic;
    private final RecordPrinter printer;

    public TopicTail(String bootstrapServers, Topics topics, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.printer = new RecordPrinter(topics);
    }

    public long print(PrintStream out, boolean fromBeginning, Long max, Duration idleTimeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long printed = 0;
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            long lastRecordAt = System.nanoTime();
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    ObjectNode line = printer.toJson(record);
                    out.println(write(line));
                    printed++;
                    lastRecordAt = System.nanoTime();
                    if (max != null && printed >= max) {
                        break;
                    }
                }
                if (idleTimeout != null && System.nanoTime() - lastRecordAt > idleTimeout.toNanos()) {
                    break;
                }
            }
        }
        out.flush();
        return printed;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
