package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(240)
class DeadlineAlertsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Received a year before the suite runs: both its deadlines have passed on the wall clock.
    private static final String OLD_COMPLAINT = """
            {"complaintId":"C-OLD","landlordId":"LL1","residentId":"R9","type":"RECEIVED","stage":1,
             "occurredAt":"2025-11-03T10:00:00Z"}""";

    // An Ombudsman order on it, due long ago and not completed (issue 15): overdue as soon as it is processed.
    private static final String OLD_ORDER = """
            {"caseId":"HOS-9","complaintId":"C-OLD","landlordId":"LL1","type":"ORDER_MADE","occurredAt":"2025-12-01T10:00:00Z",
             "orderId":"ORD-1","order":"apologise in writing","orderDueOn":"2025-12-15"}""";

    @TempDir
    Path dataDir;

    @Test
    void shouldAlertAnOverdueComplaintAndOmbudsmanOrderOnceAndServeItsStateAcrossARestart() throws Exception {
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            assertEquals(202, running.post("/api/v1/events/complaint-events", OLD_COMPLAINT).statusCode());
            Poll.until(Duration.ofSeconds(60), () -> get(running, "/api/v1/complaints/C-OLD").statusCode() == 200,
                    "complaint state queryable");
            JsonNode state = JSON.readTree(get(running, "/api/v1/complaints/C-OLD").body());
            assertEquals("OVERDUE", state.get("status").asText());
            assertEquals("2025-11-10", state.get("acknowledgeBy").asText());
            assertEquals(1, state.get("stage").asInt());
            assertTrue(state.get("acknowledgedOnTime").isNull());

            JsonNode overdue = JSON.readTree(get(running, "/api/v1/complaints?status=OVERDUE").body());
            assertEquals(1, overdue.size());
            assertEquals(404, get(running, "/api/v1/complaints/NOPE").statusCode());

            assertEquals(202, running.post("/api/v1/events/ombudsman-cases", OLD_ORDER).statusCode());
            Poll.until(Duration.ofSeconds(30), () -> alertKinds(running).size() >= 3, "alerts raised");
            assertEquals(List.of("ACKNOWLEDGEMENT_OVERDUE", "OMBUDSMAN_ORDER_OVERDUE", "RESPONSE_OVERDUE"),
                    alertKinds(running).stream().sorted().toList());
        }
        try (RunningApp again = RunningApp.start(dataDir, Map.of())) {
            Poll.until(Duration.ofSeconds(60), () -> get(again, "/api/v1/complaints/C-OLD").statusCode() == 200,
                    "state restored after restart");
            // several punctuations (1 s apart) run after the restart; none may repeat an alert
            Thread.sleep(4000);
            assertEquals(3, alertKinds(again).size(), "no alert repeated after a restart");
        }
    }

    private static java.net.http.HttpResponse<String> get(RunningApp app, String path) {
        try {
            return app.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> alertKinds(RunningApp app) {
        return app.readAll(Topics.ALERTS, Duration.ofSeconds(1)).stream()
                .map(r -> {
                    String header = new String(r.headers().lastHeader(Topics.ALERT_KIND_HEADER).value(), StandardCharsets.UTF_8);
                    var alert = EventSerdes.DEADLINE_ALERT.decode(r.value());
                    assertEquals(header, alert.getAlertKind() != null ? alert.getAlertKind() : alert.getKind().name());
                    return header;
                }).toList();
    }
}
