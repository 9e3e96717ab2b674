package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.testsupport.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two instances share the partitions; each answers for every complaint (forwarding to the owner) and for the TSM. */
@Timeout(240)
class TwoInstancesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COMPLAINTS = 12;

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void shouldAnswerEveryComplaintFromEitherInstance() throws Exception {
        try (RunningApp a = RunningApp.start(first, Map.of()); RunningApp b = RunningApp.secondInstance(a, second)) {
            Poll.until(Duration.ofSeconds(90), () -> a.app.streams().state() == KafkaStreams.State.RUNNING
                    && b.app.streams().state() == KafkaStreams.State.RUNNING
                    && a.app.streams().metadataForAllStreamsClients().size() == 2, "both instances running in one group");
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < COMPLAINTS; i++) {
                body.append(i == 0 ? "" : ",").append("""
                        {"complaintId":"C-%d","landlordId":"LL1","residentId":"R%d","type":"RECEIVED","stage":1,
                         "occurredAt":"2026-11-02T10:00:00Z"}""".formatted(i, i));
            }
            assertEquals(202, a.post("/api/v1/events/complaint-events", body.append("]").toString()).statusCode());

            for (RunningApp instance : new RunningApp[] {a, b}) {
                for (int i = 0; i < COMPLAINTS; i++) {
                    String path = "/api/v1/complaints/C-" + i;
                    Poll.until(Duration.ofSeconds(60), () -> status(instance, path) == 200, path + " answered");
                    assertEquals("C-" + i, JSON.readTree(instance.get(path).body()).get("complaintId").asText());
                }
                Poll.until(Duration.ofSeconds(30), () -> count(instance) == COMPLAINTS, "the list merges both instances");
            }
            for (RunningApp instance : new RunningApp[] {a, b}) {
                var tsm = JSON.readTree(instance.get("/api/v1/tsm?period=2026-27").body());
                assertEquals(COMPLAINTS, tsm.get("stage1Complaints").asInt(), "TSM counts both instances' complaints");
                Poll.until(Duration.ofSeconds(30), () -> receivedInNovember(instance) == COMPLAINTS,
                        "monthly statistics add up both instances' shares");
            }
            assertEquals(2, a.app.streams().metadataForAllStreamsClients().size());
        }
    }

    private static int status(RunningApp app, String path) {
        try {
            return app.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long receivedInNovember(RunningApp app) {
        try {
            var stats = JSON.readTree(app.get("/api/v1/stats/monthly?from=2026-11&to=2026-11").body());
            return stats.path("months").get(0).path("counters").path("stage1.received").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int count(RunningApp app) {
        try {
            return JSON.readTree(app.get("/api/v1/complaints").body()).size();
        } catch (Exception e) {
            return -1;
        }
    }
}
