package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import io.complaintstreams.broker.EmbeddedKafkaCluster;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance restarted after an outage on a real broker: complaint events written to {@code crm.complaint-events}
 * while no instance ran (a CRM's backlog) are history ({@link StartupHistoryCapture}), judged by stream time. A
 * complaint the backlog acknowledged and answered in time raises nothing; one never acknowledged raises its two
 * overdue alerts once, at the first wall-clock check after its history; a complaint posted afterwards is live.
 */
@Timeout(300)
class StartupHistoryIT {
    @TempDir
    Path dir;

    @Test
    void shouldJudgeTheBacklogFoundAtStartUpByStreamTime() throws Exception {
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(dir.resolve("kafka"), 1, Map.of())) {
            cluster.awaitNodes(1, Duration.ofSeconds(60));
            try (RunningApp first = start(cluster)) {
                first.awaitHealthy(Duration.ofSeconds(120)); // topics made; then the outage
            }
            try (var producer = new KafkaProducer<>(producerProps(cluster), new StringSerializer(),
                    EventSerdes.COMPLAINT_EVENT.serializer())) {
                for (ComplaintEvent e : List.of(
                        event("C-MET", ComplaintEventType.RECEIVED, "2025-04-01T09:00:00Z"),
                        event("C-MISSED", ComplaintEventType.RECEIVED, "2025-04-01T10:00:00Z"),
                        event("C-MET", ComplaintEventType.ACKNOWLEDGED, "2025-04-03T09:00:00Z"),
                        event("C-MET", ComplaintEventType.RESPONDED, "2025-04-10T09:00:00Z"))) {
                    producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, e.getComplaintId().toString(), e)).get();
                }
            }
            try (RunningApp again = start(cluster)) {
                Poll.until(Duration.ofSeconds(120), () -> alerts(again, Duration.ofMillis(500)).size() >= 2,
                        "the unacknowledged complaint alerted");
                Poll.until(Duration.ofSeconds(60), () -> statusOf(again, "C-MET").contains("\"CLOSED_ON_TIME\""),
                        "the answered complaint processed");
                assertEquals(202, again.post("/api/v1/events/complaint-events", """
                        {"complaintId":"C-LIVE","landlordId":"LL1","residentId":"R3","type":"RECEIVED","stage":1,
                         "occurredAt":"2025-05-01T10:00:00Z"}""").statusCode());
                Poll.until(Duration.ofSeconds(60), () -> alerts(again, Duration.ofMillis(500)).size() >= 4,
                        "the live complaint, received long ago, judged by the wall clock on arrival");
                // read until 3 s pass with nothing new (wall-clock checks run every second): nothing more, nothing twice
                assertEquals(List.of("C-LIVE|ACKNOWLEDGEMENT_OVERDUE", "C-LIVE|RESPONSE_OVERDUE",
                                "C-MISSED|ACKNOWLEDGEMENT_OVERDUE", "C-MISSED|RESPONSE_OVERDUE"),
                        alerts(again, Duration.ofSeconds(3)).stream().sorted().toList());
            }
        }
    }

    private RunningApp start(EmbeddedKafkaCluster cluster) throws Exception {
        Map<ConfigKey, String> flags = new HashMap<>();
        flags.put(AppConfig.DATA_DIR, dir.resolve("app").toString());
        flags.put(AppConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers());
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put(AppConfig.PARTITIONS, "2");
        flags.put(AppConfig.REPLICATION, "1");
        flags.put(AppConfig.PUNCTUATE_SECONDS, "1");
        flags.put(AppConfig.PRIVACY_MASTER_KEY, java.util.Base64.getEncoder().encodeToString(new byte[32]));
        return RunningApp.of(new Application(new RunSettings(AppConfig.load(null, Map.of(), flags), false)).start(), dir.resolve("app"));
    }

    private static Properties producerProps(EmbeddedKafkaCluster cluster) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }

    private static ComplaintEvent event(String complaintId, ComplaintEventType type, String at) {
        return ComplaintEvent.newBuilder().setEventId(complaintId + "-" + type).setComplaintId(complaintId).setLandlordId("LL1")
                .setResidentId("R-" + complaintId).setType(type).setStage(1).setOccurredAt(Instant.parse(at))
                .setThemes(List.of()).build();
    }

    private static List<String> alerts(RunningApp app, Duration quiet) {
        return app.readAll(Topics.ALERTS, quiet).stream().map(r -> EventSerdes.DEADLINE_ALERT.decode(r.value()))
                .map(a -> a.getComplaintId() + "|" + a.getKind()).toList();
    }

    private static String statusOf(RunningApp app, String complaintId) {
        try {
            return app.get("/api/v1/complaints/" + complaintId).body();
        } catch (Exception e) {
            return "";
        }
    }
}
