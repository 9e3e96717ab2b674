package io.complaintstreams.erase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.broker.TopicProvisioner;
import io.complaintstreams.cli.Main;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.testsupport.EmbeddedKafkaExtension;
import io.complaintstreams.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dead letters on a real broker (README "Data protection", "Dead letters"): the app creates complaints.dead-letter
 * with its bounded retention (30 days by default), and {@code erase} says how many refused records may hold the
 * resident id and by when the retention deletes them (it cannot change records kept as received).
 */
@Timeout(120)
class DeadLetterRetentionIT {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @TempDir
    Path dir;

    @Test
    void shouldBoundTheDeadLetterTopicAndReportARefusedRowOnErasure() throws Exception {
        Topics topics = KAFKA.provisionProjectTopics(EmbeddedKafkaExtension.uniquePrefix("dead-letter"));
        assertEquals(Long.toString(TopicProvisioner.DEFAULT_DEAD_LETTER_RETENTION_MS), retention(topics.deadLetter()));
        assertEquals("-1", retention(topics.contacts.name()), "the complaints record itself is kept");

        assertEquals("LogAppendTime", config(topics.deadLetter(), TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG),
                "retention counts from when a record was refused, not from its event time");
        Instant newest = Instant.parse("2019-11-20T10:00:00Z"); // an old event's time, as the topology's dead letters carry
        Instant before = Instant.now();
        Properties p = KAFKA.clientConfig().asProperties();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            send(producer, topics, newest.minusSeconds(86_400), "K-1", "{\"contactId\":\"K-1\",\"residentId\":\"R-77\",\"channel\":\"fax\","
                    + "\"text\":\"Mr Brown's ceiling fell in\"}");
            send(producer, topics, newest, null, "K-2,LL1,R-77,phone,not-a-date,Mr Brown again");
            send(producer, topics, newest.plusSeconds(60), "K-3", "{\"contactId\":\"K-3\",\"residentId\":\"R-12\"}");
        }
        DeadLetterScan scan = DeadLetterScan.of(KAFKA.clientConfig(), topics.deadLetter(), "R-77", Duration.ofSeconds(30));
        Instant after = Instant.now();
        assertEquals(2, scan.records());
        Instant refused = scan.newest().orElseThrow();
        assertTrue(!refused.isBefore(before.minusSeconds(5)) && !refused.isAfter(after.plusSeconds(5)),
                "stamped by the broker when appended: " + refused);
        assertEquals(Optional.of(refused.plusMillis(TopicProvisioner.DEFAULT_DEAD_LETTER_RETENTION_MS)), scan.deletedBy());
        assertEquals(0, DeadLetterScan.of(KAFKA.clientConfig(), topics.deadLetter(), "R-99", Duration.ofSeconds(30)).records());

        Path keyFile = dir.resolve("master.key");
        MasterKey.generate().writeNew(keyFile);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.execute("erase", "--resident", "R-77", "--yes", "--reason", "DSAR-3", "--by", "dpo",
                    "--bootstrap-servers", KAFKA.bootstrapServers(), "--topic-prefix", topics.prefix(), "--master-key-file", keyFile.toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(Main.OK, exit);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("2 refused record(s) may hold the resident id") && printed.contains("by " + scan.deletedBy().get()), printed);
        assertTrue(!printed.contains("R-77"), "the output never names the resident: " + printed);
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topics topics, Instant at, String key, String row) throws Exception {
        producer.send(new ProducerRecord<>(topics.deadLetter(), null, at.toEpochMilli(), key, row.getBytes(StandardCharsets.UTF_8))).get();
    }

    private static String retention(String topic) throws Exception {
        return config(topic, TopicConfig.RETENTION_MS_CONFIG);
    }

    private static String config(String topic, String name) throws Exception {
        ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(KAFKA.clientConfig().asMap())) {
            return admin.describeConfigs(List.of(r)).all().get(30, TimeUnit.SECONDS).get(r).get(name).value();
        }
    }
}
