package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class DeadLetterIT {
    @TempDir
    Path dataDir;

    @Test
    void shouldSendARecordTheTopologyCannotDecodeToTheDeadLetterTopicWithItsReason() throws Exception {
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            byte[] notAvro = "{\"complaintId\":\"C-9\"}".getBytes(StandardCharsets.UTF_8);
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.app.kafkaAddress());
            try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, "C-9", notAvro)).get();
            }
            var dead = running.awaitRecords(Topics.DEAD_LETTER, 1, Duration.ofSeconds(90));
            assertEquals(1, dead.size(), "one dead letter");
            assertEquals("C-9", dead.get(0).key());
            assertArrayEquals(notAvro, dead.get(0).value());
            var message = dead.get(0).headers().lastHeader("__streams.errors.message");
            assertNotNull(message);
            assertTrue(new String(message.value(), StandardCharsets.UTF_8).contains("ComplaintEvent"));
            var topic = dead.get(0).headers().lastHeader("__streams.errors.topic");
            assertEquals(Topics.COMPLAINT_EVENTS, new String(topic.value(), StandardCharsets.UTF_8));
        }
    }
}
