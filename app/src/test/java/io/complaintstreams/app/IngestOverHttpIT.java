package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class IngestOverHttpIT {
    private static final String RECEIVED = """
            {"complaintId":"C-100","landlordId":"LL1","residentId":"R1","type":"RECEIVED","stage":1,
             "occurredAt":"2025-11-20T10:00:00Z","handlerId":"H1"}""";

    @TempDir
    Path dataDir;

    @Test
    void shouldPublishAPostedEventAndKeepItAcrossARestart() throws Exception {
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            var response = running.post("/api/v1/events/complaint-events", RECEIVED);
            assertEquals(202, response.statusCode(), response.body());
            assertEquals("{\"accepted\":1}", response.body());
            var records = running.readAll(Topics.COMPLAINT_EVENTS, Duration.ofSeconds(2));
            assertEquals(1, records.size());
            ComplaintEvent event = EventSerdes.COMPLAINT_EVENT.decode(records.get(0).value());
            assertEquals("C-100", records.get(0).key());
            assertEquals(ComplaintEventType.RECEIVED, event.getType());
            assertTrue(event.getEventId().startsWith("sha256:"), event.getEventId());
        }
        try (RunningApp again = RunningApp.start(dataDir, Map.of())) {
            var records = again.readAll(Topics.COMPLAINT_EVENTS, Duration.ofSeconds(2));
            assertEquals(1, records.size(), "the first run's record is still there after a restart");
            assertEquals("C-100", records.get(0).key());
        }
    }

    @Test
    void shouldRejectBadRequestsNamingTheFieldAndPublishNothing() throws Exception {
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            var malformed = running.post("/api/v1/events/complaint-events", "{\"complaintId\": ");
            assertEquals(400, malformed.statusCode());
            assertTrue(malformed.body().contains("\"field\":\"body\""), malformed.body());

            var missing = running.post("/api/v1/events/complaint-events", RECEIVED.replace("\"residentId\":\"R1\",", ""));
            assertEquals(400, missing.statusCode());
            assertTrue(missing.body().contains("\"field\":\"residentId\""), missing.body());

            var wrongType = running.post("/api/v1/events/complaint-events", RECEIVED.replace("\"stage\":1", "\"stage\":\"one\""));
            assertEquals(400, wrongType.statusCode());
            assertTrue(wrongType.body().contains("\"field\":\"stage\""), wrongType.body());

            var oneBadInArray = running.post("/api/v1/events/complaint-events",
                    "[" + RECEIVED + "," + RECEIVED.replace("RECEIVED", "LOST") + "]");
            assertEquals(400, oneBadInArray.statusCode());
            assertTrue(oneBadInArray.body().contains("\"field\":\"[1].type\""), oneBadInArray.body());

            // a route asked with a method it does not take: 405 naming the allowed ones, in the API's error shape
            var got = running.get("/api/v1/events/complaint-events");
            assertEquals(405, got.statusCode(), got.body());
            assertEquals("POST", got.headers().firstValue("Allow").orElse(""));
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            assertEquals(json.readTree("""
                    {"error":"GET is not allowed on /api/v1/events/complaint-events; allowed: POST","allowed":["POST"]}"""),
                    json.readTree(got.body()));
            var posted = running.post("/api/v1/tsm", "{}");
            assertEquals(405, posted.statusCode(), posted.body());
            assertEquals("GET", posted.headers().firstValue("Allow").orElse(""));
            assertTrue(posted.body().contains("\"error\":\"POST is not allowed on /api/v1/tsm"), posted.body());
            var nowhere = running.get("/api/v1/events");
            assertEquals(404, nowhere.statusCode(), nowhere.body());
            assertEquals("{\"error\":\"no endpoint GET /api/v1/events\"}", nowhere.body());

            assertTrue(running.readAll(Topics.COMPLAINT_EVENTS, Duration.ofSeconds(2)).isEmpty(),
                    "nothing of a rejected request reaches the topic");
        }
    }
}
