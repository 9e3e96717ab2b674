package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Signal;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that did not stop cleanly (kill -9, power loss) leaves the global resident-key store without its checkpoint;
 * under exactly-once Kafka Streams then refuses it and its global thread dies. The next start must work: the store is
 * rebuilt from complaints.resident-keys, and sealed text still opens.
 */
@Timeout(360)
class UncleanStopIT {
    private static final String TEXT = "This is the third time I have reported the black mould in the bedroom and nobody has come. Not good enough.";

    @TempDir
    Path dataDir;

    @Test
    void shouldStartAgainAfterARunThatDidNotStopCleanlyAndStillOpenSealedText() throws Exception {
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            assertEquals(202, running.post("/api/v1/events/contacts", contact("K-1")).statusCode());
            Poll.until(Duration.ofSeconds(120), () -> signalFor(running, "K-1").isPresent(), "the first contact classified");
        }
        Path global = globalStateDir();
        // What a kill -9 leaves behind: the global store with no checkpoint, and the marker of a run still going.
        Files.deleteIfExists(global.resolve(".checkpoint"));
        Files.writeString(dataDir.resolve(StreamsRunMarker.FILE), "killed");

        try (RunningApp again = RunningApp.start(dataDir, Map.of())) {
            assertEquals(202, again.post("/api/v1/events/contacts", contact("K-2")).statusCode());
            Poll.until(Duration.ofSeconds(180), () -> signalFor(again, "K-2").isPresent(), "a contact after the restart classified");
            assertTrue(signalFor(again, "K-2").orElseThrow().getDissatisfied(), "its sealed text was opened with the restored key");
            assertEquals(KafkaStreams.State.RUNNING, again.app.streams().state());
        }
        assertTrue(Files.notExists(dataDir.resolve(StreamsRunMarker.FILE)), "a clean stop leaves no marker");
    }

    private Path globalStateDir() throws Exception {
        try (Stream<Path> apps = Files.list(dataDir.resolve("streams"))) {
            return apps.map(app -> app.resolve("global")).filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new AssertionError("no global state directory under " + dataDir.resolve("streams")));
        }
    }

    private static String contact(String id) {
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"contactId":"%s","landlordId":"LL1","residentId":"R-UNCLEAN","channel":"phone","occurredAt":"%s","text":"%s"}"""
                .formatted(id, yesterday, TEXT);
    }

    private static Optional<Signal> signalFor(RunningApp running, String sourceId) {
        return running.readAll(Topics.SIGNALS, Duration.ofMillis(500)).stream()
                .map(r -> Topics.unprefixed().signals.valueSerde().decode(r.value()))
                .filter(s -> s.getSourceId().equals(sourceId)).findFirst();
    }
}
