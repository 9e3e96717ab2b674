package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import complaintstreams.events.Signal;
import complaintstreams.events.SignalAction;
import complaintstreams.events.SignalSource;
import io.complaintstreams.app.Application;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.complaintstreams.app.RunSettings;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.config.ConfigKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Test support: the real application on an embedded broker with free ports, fed a little data; and tool lookup. */
final class ObservedApp implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final Application app;

    private ObservedApp(Application app) {
        this.app = app;
    }

    static ObservedApp start(Path dataDir) throws Exception {
        Map<ConfigKey, String> flags = new HashMap<>();
        flags.put(AppConfig.DATA_DIR, dataDir.toString());
        flags.put(AppConfig.KAFKA_PORT, "0");
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put(AppConfig.PARTITIONS, "2");
        flags.put(AppConfig.PUNCTUATE_SECONDS, "1");
        return new ObservedApp(new Application(new RunSettings(AppConfig.load(null, Map.of(), flags), false)).start());
    }

    String url() {
        return app.httpUrl();
    }

    int port() {
        return URI.create(app.httpUrl()).getPort();
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A few complaints (C-1 acknowledged and C-4 open, both received this month; C-2 received 30 days ago and never
     * acknowledged, so overdue on any run date; C-3 escalated in 2025), contacts (K-1's dissatisfaction also 30 days ago, so
     * its possible-unlogged-complaint item is due on any run date) and one rejected event. No time
     * is in the future (ingest refuses events more than 5 minutes ahead), whatever the day of the month.
     */
    void feedSampleData() throws Exception {
        Instant now = Instant.now();
        Instant monthStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant nineOClock = monthStart.plus(Duration.ofHours(9));
        String day = (nineOClock.isBefore(now.minusSeconds(60)) ? nineOClock : monthStart).toString();
        Instant hourAgo = now.minusSeconds(3600);
        String anHourAgo = (hourAgo.isBefore(monthStart) ? monthStart : hourAgo).toString();
        String monthAgo = now.minus(Duration.ofDays(30)).toString();
        String complaints = """
                [{"complaintId":"C-1","landlordId":"LL1","residentId":"R1","type":"RECEIVED","stage":1,"occurredAt":"%1$s","themes":["repairs","damp_mould"]},
                 {"complaintId":"C-1","landlordId":"LL1","residentId":"R1","type":"ACKNOWLEDGED","stage":1,"occurredAt":"%1$s"},
                 {"complaintId":"C-2","landlordId":"LL1","residentId":"R2","type":"RECEIVED","stage":1,"occurredAt":"%3$s","themes":["communication"]},
                 {"complaintId":"C-4","landlordId":"LL1","residentId":"R6","type":"RECEIVED","stage":1,"occurredAt":"%2$s","themes":["heating_hot_water"]},
                 {"complaintId":"C-3","landlordId":"LL1","residentId":"R3","type":"RECEIVED","stage":1,"occurredAt":"2025-04-02T09:00:00Z"},
                 {"complaintId":"C-3","landlordId":"LL1","residentId":"R3","type":"ESCALATED","stage":2,"occurredAt":"2025-05-02T09:00:00Z"}]
                """.formatted(day, anHourAgo, monthAgo);
        assertEquals(202, post("/api/v1/events/complaint-events", complaints).statusCode());
        String contacts = """
                [{"contactId":"K-1","landlordId":"LL1","residentId":"R4","channel":"phone","occurredAt":"%2$s",
                  "text":"Third time I have called about the mould in the bedroom and nobody has come out. This is not good enough."},
                 {"contactId":"K-2","landlordId":"LL1","residentId":"R5","channel":"email","occurredAt":"%1$s",
                  "text":"Please can you update my phone number."}]
                """.formatted(day, monthAgo);
        assertEquals(202, post("/api/v1/events/contacts", contacts).statusCode());
        assertEquals(400, post("/api/v1/events/contacts", "{\"contactId\":\"K-3\"}").statusCode());
    }

    /**
     * Writes what the signals capability would: a dissatisfied contact's signal and its POSSIBLE_UNLOGGED_COMPLAINT
     * alert (keyed by residentId, header alert-kind), straight to the topics.
     */
    void publishUnloggedComplaint(String residentId) throws Exception {
        Instant now = Instant.now();
        Signal signal = Signal.newBuilder().setSignalId("sig-" + residentId).setLandlordId("LL1").setResidentId(residentId)
                .setSource(SignalSource.contact).setSourceId("K-" + residentId).setOccurredAt(now).setDissatisfied(true)
                .setThemes(List.of("damp_mould")).setAction(SignalAction.OFFER_COMPLAINT).setConfidence(0.93).build();
        DeadlineAlert alert = DeadlineAlert.newBuilder().setAlertId("sig-" + residentId + ":0:POSSIBLE_UNLOGGED_COMPLAINT")
                .setKind(AlertKind.POSSIBLE_UNLOGGED_COMPLAINT).setLandlordId("LL1").setResidentId(residentId)
                .setRaisedAt(now).setSignalId("sig-" + residentId)
                .setMessage("Resident " + residentId + " reported damp and mould three times with no complaint logged: offer to raise one")
                .build();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, app.kafkaAddress(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.SIGNALS, residentId, EventSerdes.SIGNAL.encode(signal))).get();
            var record = new ProducerRecord<>(Topics.ALERTS, residentId, EventSerdes.DEADLINE_ALERT.encode(alert));
            record.headers().add(Topics.ALERT_KIND_HEADER, alert.getKind().name().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    /** Every committed value of the topic, from the beginning until it has been quiet for two seconds. */
    List<byte[]> readAll(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, app.kafkaAddress(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<byte[]> out = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long lastSeen = System.nanoTime();
            while (System.nanoTime() - lastSeen < Duration.ofSeconds(2).toNanos()) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    records.forEach(r -> out.add(r.value()));
                    lastSeen = System.nanoTime();
                }
            }
        }
        return out;
    }

    /** Waits until {@code GET /health} answers 200 (broker reachable, Streams RUNNING). */
    void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (get("/health").statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not healthy: " + get("/health").body());
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** The path of a system tool; under CI=true a missing tool fails the test, elsewhere it skips it. */
    static Path requireTool(String path, String debianPackage) {
        Path tool = Path.of(path);
        if (!Files.isExecutable(tool)) {
            String message = path + " is missing: install the Debian package '" + debianPackage + "' (bin/test does)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        return tool;
    }

    /** The repository root (the tests run in app/). */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("prometheus"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no prometheus/ directory above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @Override
    public void close() {
        app.close();
    }
}
