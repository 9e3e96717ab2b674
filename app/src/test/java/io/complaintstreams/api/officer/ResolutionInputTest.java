package io.complaintstreams.api.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.audit.AuditLog;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new user's findings on {@code POST /api/v1/alerts/{alertId}/resolution}: a {@code by} or {@code note} with a
 * control character was stored (ingest refuses them in every name and text), and an alert id made of a known
 * complaint's id and a mistyped rest ({@code C-1:9:NOT_A_KIND}) was taken for an alert of that complaint and kept.
 * The body is checked before any store is read or anything published, so the route runs here without Kafka.
 */
class ResolutionInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(c -> c.showJavalinBanner = false);
        new ResolutionRoutes(null, null, AuditLog.NONE, Clock.systemUTC(), Optional.empty(), null).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private JsonNode refused(String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                        + "/api/v1/alerts/C-1:1:RESPONSE_OVERDUE/resolution"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
        return JSON.readTree(answer.body());
    }

    @Test
    void shouldRefuseAControlCharacterInByOrNoteNamingTheField() throws Exception {
        assertEquals("by", refused("{\"resolution\":\"DUPLICATE\",\"by\":\"amy\\u0000x\"}").get("field").asText());
        assertEquals("by", refused("{\"resolution\":\"DUPLICATE\",\"by\":\"amy\\u001b[31m\"}").get("field").asText());
        JsonNode note = refused("{\"resolution\":\"DUPLICATE\",\"by\":\"amy\",\"note\":\"rang her \\u0007\"}");
        assertEquals("note", note.get("field").asText());
        assertTrue(note.get("error").asText().contains("control"), note.toString());
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/api/v1/alerts/C-1:1:RESPONSE_OVERDUE/resolution")).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A new user's finding (13): a body with no Content-Type, or as {@code text/plain}, was taken, where ingest answers
     * {@code 415} naming the header (CONTRACTS section 5 is silent on this route: it now answers as ingest does).
     */
    @Test
    void shouldRefuseABodyThatIsNotDeclaredJsonNamingTheHeaderAsIngestDoes() throws Exception {
        String body = "{\"resolution\":\"DUPLICATE\",\"by\":\"amy\\u0000x\"}"; // past the header: a 400 naming by
        for (String contentType : new String[] {null, "text/plain", "application/x-www-form-urlencoded",
                "application/json; charset=latin1", "application/jsonp"}) {
            HttpResponse<String> answer = post(contentType, body);
            assertEquals(415, answer.statusCode(), contentType + " -> " + answer.body());
            JsonNode error = JSON.readTree(answer.body());
            assertEquals("Content-Type", error.get("field").asText(), answer.body());
            assertTrue(error.get("error").asText().contains("application/json"), answer.body());
            assertTrue(error.get("error").asText().contains(contentType == null ? "none" : contentType), answer.body());
        }
        for (String contentType : new String[] {"application/json", "Application/JSON; charset=UTF-8", "application/json;charset=\"utf-8\""}) {
            HttpResponse<String> answer = post(contentType, body);
            assertEquals(400, answer.statusCode(), contentType + " -> " + answer.body());
            assertEquals("by", JSON.readTree(answer.body()).get("field").asText(), contentType + " -> " + answer.body());
        }
    }

    /** A new user's finding: a 5 MB body was answered "the body must be a JSON object" (400), not that it is too large. */
    @Test
    void shouldAnswerABodyOverTheServersLimitAs413NamingBody() throws Exception {
        String body = "{\"resolution\":\"DUPLICATE\",\"by\":\"amy\",\"pad\":\"" + "x".repeat(2_000_000) + "\"}";
        HttpResponse<String> answer = post("application/json", body);
        assertEquals(413, answer.statusCode(), answer.body());
        JsonNode error = JSON.readTree(answer.body());
        assertEquals("body", error.get("field").asText(), answer.body());
        assertTrue(error.get("error").asText().contains("larger than"), answer.body());
    }

    @Test
    void shouldTakeOnlyAnAlertIdTheTopologyWritesAfterTheComplaintId() {
        assertTrue(ComplaintResidents.isAlertSuffix("1:RESPONSE_OVERDUE"));
        assertTrue(ComplaintResidents.isAlertSuffix("2:STAGE2_SAME_HANDLER"));
        assertTrue(ComplaintResidents.isAlertSuffix("ombudsman:O-1:OMBUDSMAN_ORDER_OVERDUE"));
        assertTrue(ComplaintResidents.isAlertSuffix("ombudsman:O:1:OMBUDSMAN_ORDER_DUE_SOON"), "an order id may hold ':'");
        assertFalse(ComplaintResidents.isAlertSuffix("9:NOT_A_KIND"));
        assertFalse(ComplaintResidents.isAlertSuffix("3:RESPONSE_OVERDUE"));
        assertFalse(ComplaintResidents.isAlertSuffix("1:RESPONSE_OVERDEU"));
        assertFalse(ComplaintResidents.isAlertSuffix("1:POSSIBLE_UNLOGGED_COMPLAINT"));
        assertFalse(ComplaintResidents.isAlertSuffix("ombudsman:OMBUDSMAN_ORDER_OVERDUE"));
        assertFalse(ComplaintResidents.isAlertSuffix("RESPONSE_OVERDUE"));
    }

    /** No complaint is looked up for an id whose rest is no alert (the lookup would need Kafka Streams: none here). */
    @Test
    void shouldFindNoResidentForAMistypedAlertIdOfAKnownComplaint() throws Exception {
        ComplaintResidents noStreams = new ComplaintResidents(null, null, null);
        assertEquals(Optional.empty(), noStreams.ofAlert("C-1:9:NOT_A_KIND"));
        assertEquals(Optional.empty(), noStreams.ofAlert("C-1:1:RESPONSE_OVERDEU"));
        assertEquals(Optional.empty(), noStreams.ofAlert("C-1"));
    }

    /**
     * A note on an alert of an erased resident's complaint was sealed under a key of the mask, which a repeated
     * {@code erase --resident ID} does not find (seen: 0 keys deleted), so the note outlived the erasure.
     */
    @Test
    void shouldRefuseANoteAboutAnErasedResidentButTakeTheResolution() throws Exception {
        app.stop();
        ComplaintResidents erased = new ComplaintResidents(null, null, null) {
            @Override
            Optional<String> ofAlert(String alertId) {
                return Optional.of("erased-54c8862f37da6598");
            }
        };
        var noItems = new UnloggedItemRoutes(Clock.systemUTC(), java.time.ZoneId.of("Europe/London"),
                new ClusterRows.Factory(null, new io.complaintstreams.api.PartitionShares(java.util.List::of,
                        new io.complaintstreams.query.RemoteQueryClient(), 0)), null);
        app = Javalin.create(c -> c.showJavalinBanner = false);
        new ResolutionRoutes(noItems, null, AuditLog.NONE, Clock.systemUTC(), Optional.empty(), erased).register(app);
        app.start("127.0.0.1", 0);
        JsonNode refused = refused("{\"resolution\":\"NOT_DISSATISFIED\",\"by\":\"amy\",\"note\":\"Spoke to Jane again\"}");
        assertEquals("note", refused.get("field").asText());
        assertTrue(refused.get("error").asText().contains("erased"), refused.toString());
    }
}
