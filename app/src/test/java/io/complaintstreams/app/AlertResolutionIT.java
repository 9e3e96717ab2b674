package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import complaintstreams.events.AlertResolution;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.cli.Main;
import io.complaintstreams.erase.ResidentKeyScan;
import io.complaintstreams.privacy.KeyRingVault;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.privacy.TextSealer;
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
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 3 end to end on the real app: a dissatisfied contact with no complaint becomes a grouped item; an
 * officer's resolution (POST, published to complaints.alert-resolutions, audited) closes it; its note is sealed under
 * the resident's key, read by the officer, and shown as erased once the resident is erased. That it stays closed after
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
            assertEquals(202, running.post("/api/v1/events/complaint-events", """
                    {"complaintId":"C-9","landlordId":"LL1","residentId":"R9","type":"RECEIVED","stage":1,"occurredAt":"%s"}
                    """.formatted(at)).statusCode());
            Poll.until(Duration.ofSeconds(90), () -> total(running, "/api/v1/officer/unlogged-items") == 1, "one open item");
            Poll.until(Duration.ofSeconds(60), () -> status(running, "/api/v1/complaints/C-9") == 200, "complaint C-9 known");
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
            assertEquals("closes possible-unlogged item " + itemId, JSON.readTree(ok.body()).get("effect").asText());

            Poll.until(Duration.ofSeconds(60), () -> total(running, "/api/v1/officer/unlogged-items") == 0, "item closed");
            JsonNode closed = page(running, "/api/v1/officer/unlogged-items?status=CLOSED").get("rows").get(0);
            assertEquals("OFFERED_DECLINED", closed.get("closedBy").asText());
            assertEquals("Sam Officer", closed.get("resolvedBy").asText());
            assertEquals("Offered on the phone; declined", closed.get("resolutionNote").asText(), "the officer reads the note");
            assertFalse(closed.get("resolutionNoteErased").asBoolean());

            for (String body : List.of("{\"resolution\":\"DUPLICATE\",\"by\":\"Sam Officer\",\"note\":\"Same as Mrs Smith's\"}",
                    "{\"resolution\":\"not_dissatisfied\",\"by\":\"Sam Officer\"}")) {
                HttpResponse<String> unknown = running.post("/api/v1/alerts/NO-SUCH-ALERT/resolution", body);
                assertEquals(404, unknown.statusCode(), unknown.body());
                assertEquals("NO-SUCH-ALERT", JSON.readTree(unknown.body()).get("alertId").asText());
            }
            HttpResponse<String> complaintAlert = running.post("/api/v1/alerts/C-9:1:ACKNOWLEDGEMENT_OVERDUE/resolution",
                    "{\"resolution\":\"duplicate\",\"by\":\"Sam Officer\"}");
            assertEquals(202, complaintAlert.statusCode(), "an alert of a known complaint, the kind in lower case: " + complaintAlert.body());
            assertTrue(JSON.readTree(complaintAlert.body()).get("itemId").isNull());
            assertTrue(JSON.readTree(complaintAlert.body()).get("effect").asText().startsWith("recorded on complaints.alert-resolutions only"),
                    "the officer is told a deadline alert is not closed by a resolution: " + complaintAlert.body());

            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> raw =
                    running.awaitRecords(Topics.ALERT_RESOLUTIONS, 3, Duration.ofSeconds(15)); // 2 expected: reads all there is
            assertTrue(raw.stream().noneMatch(r -> new String(r.value(), StandardCharsets.ISO_8859_1).contains("declined")),
                    "no note in clear on complaints.alert-resolutions");
            List<AlertResolution> published = raw.stream().map(r -> EventSerdes.ALERT_RESOLUTION.decode(r.value()))
                    .sorted(java.util.Comparator.comparing(AlertResolution::getResolvedAt)).toList();
            assertEquals(List.of(itemId, "C-9:1:ACKNOWLEDGEMENT_OVERDUE"), published.stream().map(AlertResolution::getAlertId).toList(),
                    "the two accepted, nothing for the unknown alert id");
            assertEquals(complaintstreams.events.AlertResolutionKind.DUPLICATE, published.get(1).getResolution());
            assertEquals("R1", published.get(0).getResidentId());
            assertNull(published.get(0).getNote());
            assertNotNull(published.get(0).getNoteSealed());
            assertEquals(List.of(JSON.readTree(ok.body()).get("resolutionId").asText(),
                    JSON.readTree(complaintAlert.body()).get("resolutionId").asText()),
                    published.stream().map(AlertResolution::getResolutionId).toList());
            Poll.until(Duration.ofSeconds(30), () -> running.readAll(Topics.AUDIT, Duration.ofMillis(500)).stream()
                    .map(r -> EventSerdes.AUDIT_RECORD.decode(r.value()))
                    .anyMatch(a -> a.getAction().equals("RESOLVE_ALERT") && itemId.equals(a.getSubject()) && a.getOutcome() == 202),
                    "the resolution is audited (RESOLVE_ALERT, the item id, 202)");

            assertEquals(Main.OK, Main.execute("erase", "--resident", "R1", "--yes", "--reason", "DSAR-1", "--by", "dpo",
                    "--bootstrap-servers", running.app.kafkaAddress(), "--data-dir", dataDir.toString()));
            Poll.until(Duration.ofSeconds(120), () -> {
                JsonNode rows = page(running, "/api/v1/officer/unlogged-items?status=CLOSED");
                return rows != null && rows.get("rows").size() == 1 && rows.get("rows").get(0).get("resolutionNoteErased").asBoolean()
                        && rows.get("rows").get(0).get("residentId").asText().startsWith("erased-");
            }, "the item shows its note as erased (its key is gone at once), then moves to the mask");
            JsonNode erased = page(running, "/api/v1/officer/unlogged-items?status=CLOSED").get("rows").get(0);
            assertTrue(erased.get("resolutionNote").isNull());
            assertTrue(erased.get("residentId").asText().startsWith("erased-"));
            MasterKey master = MasterKey.read(dataDir.resolve(PrivacyWiring.DEFAULT_KEY_FILE));
            KafkaClientConfig clients = KafkaClientConfig.of(running.app.kafkaAddress());
            var ring = ResidentKeyScan.live(clients, Topics.unprefixed().residentKeys, Duration.ofSeconds(30));
            var vault = new KeyRingVault(master, ring::get, TextRetention.parse("P6Y"), java.time.LocalDate::now, Duration.ZERO);
            AlertResolution kept = published.get(0);
            assertEquals(Optional.empty(), vault.open(kept.getNoteSealed(),
                    TextSealer.associatedData("AlertResolution", kept.getResolutionId(), "note")),
                    "the note kept on complaints.alert-resolutions can no longer be opened");
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

    private static int status(RunningApp app, String path) {
        try {
            return app.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long total(RunningApp app, String path) {
        JsonNode page = page(app, path);
        return page == null ? -1 : page.get("total").asLong();
    }
}
