package io.complaintstreams.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.broker.EmbeddedKafkaBroker;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaExtensionIT {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @Test
    void shouldInjectTheRunningBroker(EmbeddedKafkaBroker broker, KafkaClientConfig client) throws Exception {
        assertEquals(KAFKA.bootstrapServers(), broker.bootstrapServers());
        assertEquals(broker.bootstrapServers(), client.bootstrapServers());
        try (Admin admin = Admin.create(client.asMap())) {
            assertEquals(1, admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size());
        }
        assertNull(KAFKA.fatalError());
    }

    @Test
    void shouldProvisionUniqueProjectTopicsThatCarryRecords() throws Exception {
        Topics topics = KAFKA.provisionProjectTopics(EmbeddedKafkaExtension.uniquePrefix("ext-it"));
        String topic = topics.surveys.name();
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(KAFKA.clientConfig().asMap(), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "s-1", "score 2")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> config = KAFKA.clientConfig().asMap();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "ext-it");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AtomicInteger seen = new AtomicInteger();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Poll.until(Duration.ofSeconds(60), () -> {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> seen.incrementAndGet());
                return seen.get() >= 1;
            }, "the record sent to " + topic);
        }
        assertTrue(topics.allNames().stream().allMatch(n -> n.startsWith("ext-it-")));
    }
}
