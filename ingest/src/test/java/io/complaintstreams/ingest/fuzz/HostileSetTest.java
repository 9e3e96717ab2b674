package io.complaintstreams.ingest.fuzz;

import static io.complaintstreams.ingest.Fixtures.complaintEvent;
import static io.complaintstreams.ingest.Fixtures.contact;
import static io.complaintstreams.ingest.Fixtures.serviceRequest;
import static io.complaintstreams.ingest.Fixtures.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.complaintstreams.ingest.http.HttpServerLimits;
import io.complaintstreams.ingest.http.IngestListener;
import io.complaintstreams.ingest.http.IngestRoutes;
import io.complaintstreams.ingest.http.IngestSettings;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.RecordingEventPublisher;
import io.complaintstreams.topics.Topics;
import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 "no silent loss": the hostile requests of sections 1 to 3 (and good ones among them) against the real
 * server, counted: every request answered 202 has exactly its records published, each one the topology accepts;
 * every refused request (4xx with the JSON error) published nothing; none is answered 5xx.
 */
class HostileSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Topics TOPICS = new Topics("h.");
    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Javalin app;

    private record Hostile(String name, String kind, String contentType, byte[] body, int expected) {}

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            new HttpServerLimits(Duration.ofSeconds(2), 256, 100, 32).applyTo(config);
        });
        new IngestRoutes(TOPICS, publisher, IngestSettings.defaults(), IngestListener.NONE).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private static Hostile json(String name, String kind, Object body, int expected) {
        return new Hostile(name, kind, "application/json", body.toString().getBytes(StandardCharsets.UTF_8), expected);
    }

    private static List<Hostile> hostileSet() {
        List<Hostile> set = new ArrayList<>();
        set.add(json("good complaint", "complaint-events", complaintEvent(), 202));
        set.add(json("good contact", "contacts", contact(), 202));
        set.add(json("good service request", "service-requests", serviceRequest(), 202));
        set.add(json("good survey", "surveys", survey(), 202));
        set.add(json("offset without colon", "complaint-events", complaintEvent().put("complaintId", "cmp-2")
                .put("occurredAt", "2026-03-02T09:15:00.000+0000"), 202));
        set.add(json("offset +0100", "contacts", contact().put("contactId", "c-2").put("occurredAt", "2026-03-02T10:15:00+0100"), 202));
        ArrayNode batch = JSON.createArrayNode().add(complaintEvent().put("complaintId", "cmp-3")).add(complaintEvent().put("complaintId", "cmp-4"));
        set.add(json("good array of two", "complaint-events", batch, 202));
        for (String when : List.of("2099-01-05T10:00:00Z", "0001-01-05T10:00:00Z", "1900-01-05T10:00:00Z", "1969-12-31T10:00:00Z",
                "+1000000000-01-05T10:00:00Z", "1000000000-01-05T10:00:00Z")) {
            set.add(json("occurredAt " + when, "complaint-events", complaintEvent().put("occurredAt", when), 400));
        }
        ArrayNode oneFutureAmongGood = JSON.createArrayNode().add(complaintEvent().put("complaintId", "cmp-5"))
                .add(complaintEvent().put("complaintId", "cmp-6").put("occurredAt", "2099-01-05T10:00:00Z"));
        set.add(json("array with one future event", "complaint-events", oneFutureAmongGood, 400));
        set.add(json("extensionWorkingDays 1000000", "complaint-events",
                complaintEvent().put("type", "EXTENDED").put("extensionWorkingDays", 1_000_000), 400));
        ObjectNode invented = complaintEvent();
        ArrayNode themes = invented.putArray("themes");
        for (int i = 0; i < 10_000; i++) {
            themes.add("t" + i);
        }
        set.add(json("10,000 invented themes", "complaint-events", invented, 400));
        set.add(json("an invented theme", "complaint-events", complaintEvent().set("themes", JSON.createArrayNode().add("gutters")), 400));
        set.add(json("identifier with a control character", "complaint-events", complaintEvent().put("complaintId", "c\u0007"), 400));
        set.add(json("identifier of 5,000 characters", "contacts", contact().put("contactId", "x".repeat(5000)), 400));
        set.add(json("negative remedy", "complaint-events", complaintEvent().put("remedyAmount", -1), 400));
        set.add(json("survey score 9", "surveys", survey().put("score", 9), 400));
        set.add(json("dueAt year 20255", "service-requests", serviceRequest().put("dueAt", "+20255-01-01T00:00:00Z"), 400));
        set.add(new Hostile("text/plain", "contacts", "text/plain", contact().toString().getBytes(StandardCharsets.UTF_8), 415));
        set.add(new Hostile("form post", "contacts", "application/x-www-form-urlencoded", "contactId=c".getBytes(StandardCharsets.UTF_8), 415));
        set.add(new Hostile("no Content-Type", "contacts", null, contact().toString().getBytes(StandardCharsets.UTF_8), 415));
        set.add(new Hostile("Windows-1252 body", "contacts", "application/json",
                contact().put("text", "\u00a3250 don\u2019t").toString().getBytes(java.nio.charset.Charset.forName("windows-1252")), 400));
        set.add(json("not JSON", "contacts", "{not json", 400));
        set.add(json("JSON nested 5,000 deep", "contacts", "[".repeat(5000), 400));
        return set;
    }

    @Test
    void shouldPublishExactlyWhatItAcceptsAndNothingOfWhatItRefuses() throws Exception {
        int accepted = 0;
        int refused = 0;
        long recordsAccepted = 0;
        for (Hostile h : hostileSet()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/events/" + h.kind()))
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(h.body()));
            if (h.contentType() != null) {
                b.header("Content-Type", h.contentType());
            }
            int before = publisher.records().size();
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            List<OutgoingRecord> published = publisher.records().subList(before, publisher.records().size());
            assertEquals(h.expected(), r.statusCode(), h.name() + ": " + r.body());
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() == 202) {
                accepted++;
                recordsAccepted += body.get("accepted").asInt();
                assertEquals(body.get("accepted").asInt(), published.size(), h.name());
                for (OutgoingRecord record : published) {
                    assertEquals(java.util.Optional.empty(), TopologyView.refusal(record), h.name());
                }
            } else {
                refused++;
                assertTrue(body.get("error").isTextual(), h.name());
                assertTrue(published.isEmpty(), h.name() + " published " + published.size());
            }
        }
        refused += rawRefusals();
        assertEquals(7, accepted);
        assertEquals(recordsAccepted, publisher.records().size(), "every record of every 202, and nothing else");
        assertEquals(8, recordsAccepted);
        assertEquals(hostileSet().size() - 7 + 2, refused);
    }

    /** A malformed chunked body and a stalled body: 4xx (or closed), nothing published. */
    private int rawRefusals() throws Exception {
        int before = publisher.records().size();
        String head = "POST /api/v1/events/contacts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
        int chunked = rawStatus(head + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\nZZ\r\n\r\n");
        assertTrue(chunked >= 400 && chunked < 500, "malformed chunked body answered " + chunked);
        int stalled = rawStatus(head + "Content-Length: 500\r\n\r\n[{");
        assertTrue(stalled == 408 || stalled == -1, "stalled body answered " + stalled);
        assertEquals(before, publisher.records().size());
        return 2;
    }

    private int rawStatus(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            return head.length < 12 ? -1 : Integer.parseInt(new String(head, 9, 3, StandardCharsets.ISO_8859_1));
        }
    }
}
