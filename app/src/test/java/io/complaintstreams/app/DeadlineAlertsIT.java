package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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

    /**
     * A fresh user's finding: after an extension the complaint was ON_TRACK, yet the officer's queue kept the
     * RESPONSE_OVERDUE raised before it as an active alert. An alert the complaint's status no longer warrants is
     * superseded by the extension (AlertOutcomes).
     */
    @Test
    void shouldNoLongerShowAResponseOverdueAsActiveOnceAnExtensionPutTheComplaintBackOnTrack() throws Exception {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate acknowledged = today.minusDays(1);
        while (calendar.workingDaysBetween(acknowledged, today) < 12) {
            acknowledged = acknowledged.minusDays(1); // 10 working days to respond: 2 working days overdue today
        }
        String events = """
                [{"complaintId":"C-EXT","landlordId":"LL1","residentId":"R8","type":"RECEIVED","stage":1,"occurredAt":"%sT09:00:00Z"},
                 {"complaintId":"C-EXT","landlordId":"LL1","residentId":"R8","type":"ACKNOWLEDGED","stage":1,"occurredAt":"%sT10:00:00Z"}]
                """.formatted(acknowledged.minusDays(1), acknowledged);
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            assertEquals(202, running.post("/api/v1/events/complaint-events", events).statusCode());
            Poll.until(Duration.ofSeconds(60), () -> activeAlerts(running, "C-EXT").contains("1:RESPONSE_OVERDUE"),
                    "the response is overdue, and the queue says so");
            // ten more working days: 8 working days left today, on track
            assertEquals(202, running.post("/api/v1/events/complaint-events", """
                    {"complaintId":"C-EXT","landlordId":"LL1","residentId":"R8","type":"EXTENDED","stage":1,
                     "extensionWorkingDays":10,"occurredAt":"%sT11:00:00Z"}""".formatted(today.minusDays(1))).statusCode());
            Poll.until(Duration.ofSeconds(60), () -> "ON_TRACK".equals(queueRow(running, "C-EXT").path("status").asText()),
                    "the extension is processed");
            assertEquals(List.of(), activeAlerts(running, "C-EXT").stream().filter(a -> a.startsWith("1:RESPONSE_")).toList(),
                    "no response alert is active on a complaint on track");
            Poll.until(Duration.ofSeconds(30), () -> responseOverdueOnTimeline(running, "C-EXT") != null,
                    "the timeline answers with the RESPONSE_OVERDUE alert");
            JsonNode overdue = responseOverdueOnTimeline(running, "C-EXT");
            String timeline = overdue.toString();
            assertEquals("SUPERSEDED", overdue.get("outcome").asText(), timeline);
            assertEquals("EXTENDED", overdue.get("resolvedBy").asText(), timeline);
        }
    }

    /** The timeline's RESPONSE_OVERDUE alert entry, or null while the timeline does not answer 200 with one. */
    private static JsonNode responseOverdueOnTimeline(RunningApp app, String complaintId) {
        try {
            var answer = get(app, "/api/v1/officer/complaints/" + complaintId + "/timeline");
            if (answer.statusCode() != 200) {
                return null;
            }
            for (JsonNode e : JSON.readTree(answer.body()).path("entries")) {
                if ("RESPONSE_OVERDUE".equals(e.path("type").asText()) && "alert".equals(e.path("entry").asText())) {
                    return e;
                }
            }
            return null;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode queueRow(RunningApp app, String complaintId) {
        try {
            JsonNode rows = JSON.readTree(get(app, "/api/v1/officer/complaints?open=all").body()).path("rows");
            for (JsonNode row : rows) {
                if (complaintId.equals(row.path("complaintId").asText())) {
                    return row;
                }
            }
            return JSON.createObjectNode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> activeAlerts(RunningApp app, String complaintId) {
        List<String> out = new java.util.ArrayList<>();
        queueRow(app, complaintId).path("activeAlerts").forEach(a -> out.add(a.asText()));
        return out;
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
