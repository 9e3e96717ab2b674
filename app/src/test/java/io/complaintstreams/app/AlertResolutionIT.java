package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import complaintstreams.events.AlertResolution;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.testsupport.Poll;
import io.complaintstreams.topics.Topics;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 3 end to end on the real app: a dissatisfied contact with no complaint becomes a grouped item; an
 * officer's resolution (POST, published to complaints.alert-resolutions, audited) closes it. That it stays closed after
 * a restart is shown by {@code OfficerBrowserIT} (the same flow through the page).
 */
@Timeout(240)
class AlertResolutionIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void shouldCloseAGroupedItemOnAResolutionPublishedAndAudited() throws Exception {
        String at = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String contacts = """
                [{"contactId":"K-1","landlordId":"LL1","residentId":"R1","channel":"phone","occurredAt":"%s",
                  "text":"This is the third time I have reported the black mould in the bedroom and nobody has come out. Not good enough."}]
                """.formatted(at);
        try (RunningApp running = RunningApp.start(dataDir, Map.of())) {
            assertEquals(202, running.post("/api/v1/events/contacts", contacts).statusCode());
            Poll.until(Duration.ofSeconds(90), () -> total(running, "/api/v1/officer/unlogged-items") == 1, "one open item");
            JsonNode item = page(running, "/api/v1/officer/unlogged-items").get("rows").get(0);
            String itemId = item.get("itemId").asText();
            assertEquals("R1", item.get("residentId").asText());
            assertEquals("damp_mould", item.get("theme").asText());
            assertEquals(1, item.get("evidence").size());
            assertEquals("K-1", item.get("evidence").get(0).get("sourceId").asText());

            HttpResponse<String> bad = running.post("/api/v1/alerts/" + itemId + "/resolution", "{\"resolution\":\"MAYBE\",\"by\":\"Sam\"}");
            assertEquals(400, bad.statusCode());
            assertEquals("resolution", JSON.readTree(bad.body()).get("field").asText());
            assertEquals("by", JSON.readTree(running.post("/api/v1/alerts/" + itemId + "/resolution",
                    "{\"resolution\":\"NOT_DISSATISFIED\"}").body()).get("field").asText());

            HttpResponse<String> ok = running.post("/api/v1/alerts/" + itemId + "/resolution",
                    "{\"resolution\":\"OFFERED_DECLINED\",\"by\":\"Sam Officer\",\"note\":\"Offered on the phone; declined\"}");
            assertEquals(202, ok.statusCode(), ok.body());
            assertEquals(itemId, JSON.readTree(ok.body()).get("itemId").asText());

            Poll.until(Duration.ofSeconds(60), () -> total(running, "/api/v1/officer/unlogged-items") == 0, "item closed");
            JsonNode closed = page(running, "/api/v1/officer/unlogged-items?status=CLOSED").get("rows").get(0);
            assertEquals("OFFERED_DECLINED", closed.get("closedBy").asText());
            assertEquals("Sam Officer", closed.get("resolvedBy").asText());

            List<AlertResolution> published = running.awaitRecords(Topics.ALERT_RESOLUTIONS, 1, Duration.ofSeconds(30)).stream()
                    .map(r -> EventSerdes.ALERT_RESOLUTION.decode(r.value())).toList();
            assertEquals(1, published.size());
            assertEquals("R1", published.get(0).getResidentId());
            assertEquals(List.of(JSON.readTree(ok.body()).get("resolutionId").asText()),
                    published.stream().map(AlertResolution::getResolutionId).toList());
            Poll.until(Duration.ofSeconds(30), () -> running.readAll(Topics.AUDIT, Duration.ofMillis(500)).stream()
                    .map(r -> EventSerdes.AUDIT_RECORD.decode(r.value()))
                    .anyMatch(a -> a.getAction().equals("RESOLVE_ALERT") && itemId.equals(a.getSubject()) && a.getOutcome() == 202),
                    "the resolution is audited (RESOLVE_ALERT, the item id, 202)");
        }
    }

    private static JsonNode page(RunningApp app, String path) {
        try {
            HttpResponse<String> r = app.get(path);
            return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static long total(RunningApp app, String path) {
        JsonNode page = page(app, path);
        return page == null ? -1 : page.get("total").asLong();
    }
}
