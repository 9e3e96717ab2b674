package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Signal;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL (its own process: app and embedded broker) and started again on the same data directory
 * works, and sealed text still opens with the resident keys (privacy-resident-keys-store is deleted and rebuilt
 * from complaints.resident-keys when the last run did not close cleanly). What this test does not do: reproduce the
 * failure that made the marker necessary (a user's kill -9 of a busy --demo run left the global store "without a
 * valid state under EOS" and the next start stopped); a kill of this small run also restarts without the marker.
 */
@Timeout(360)
class UncleanStopIT {
    private static final String TEXT = "This is the third time I have reported the black mould in the bedroom and nobody has come. Not good enough.";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void shouldStartAgainAfterARunKilledWithSigkillAndStillOpenSealedText() throws Exception {
        int kafkaPort = freePort();
        int httpPort = freePort();
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "io.complaintstreams.cli.Main", "run",
                "--data-dir", dataDir.toString(), "--kafka-port", String.valueOf(kafkaPort), "--http-port", String.valueOf(httpPort))
                .redirectErrorStream(true).redirectOutput(Path.of("target", "UncleanStopIT-killed-run.log").toFile()).start();
        try {
            String api = "http://127.0.0.1:" + httpPort;
            Poll.until(Duration.ofSeconds(180), () -> status(api + "/health", null) == 200, "the first run healthy");
            assertEquals(202, status(api + "/api/v1/events/contacts", contact("K-1")));
            Poll.until(Duration.ofSeconds(120), () -> signalFor("127.0.0.1:" + kafkaPort, "K-1").isPresent(),
                    "the first contact classified (its resident key in the global store)");
        } finally {
            killed.destroyForcibly(); // SIGKILL: no close, no checkpoint
            assertTrue(killed.waitFor(30, TimeUnit.SECONDS), "the first run killed");
        }

        try (RunningApp again = RunningApp.start(dataDir, Map.of())) {
            assertEquals(202, again.post("/api/v1/events/contacts", contact("K-2")).statusCode());
            Poll.until(Duration.ofSeconds(180), () -> signalFor(again.app.kafkaAddress(), "K-2").isPresent(),
                    "a contact after the restart classified");
            assertTrue(signalFor(again.app.kafkaAddress(), "K-2").orElseThrow().getDissatisfied(),
                    "its sealed text was opened with the restored key");
            assertEquals(KafkaStreams.State.RUNNING, again.app.streams().state());
        }
        assertTrue(Files.notExists(dataDir.resolve(StreamsRunMarker.FILE)), "a clean stop leaves no marker");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** POST when {@code body} is given, else GET; the status, or -1 when nothing answers. */
    private static int status(String url, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
            if (body != null) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static Optional<Signal> signalFor(String bootstrap, String sourceId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.SIGNALS, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(Topics.SIGNALS, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    Signal s = Topics.unprefixed().signals.valueSerde().decode(r.value());
                    if (s.getSourceId().equals(sourceId)) {
                        return Optional.of(s);
                    }
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String contact(String id) {
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"contactId":"%s","landlordId":"LL1","residentId":"R-UNCLEAN","channel":"phone","occurredAt":"%s","text":"%s"}"""
                .formatted(id, yesterday, TEXT);
    }
}
