package io.complaintstreams.ingest.http;

import static io.complaintstreams.ingest.Fixtures.JSON;
import static io.complaintstreams.ingest.Fixtures.contact;
import static io.complaintstreams.ingest.Fixtures.complaintEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import complaintstreams.events.Contact;
import io.complaintstreams.ingest.EventKind;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.RecordingEventPublisher;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestRoutesTest {
    private static final Topics TOPICS = new Topics("t.");
    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    private void start(IngestSettings settings) {
        IngestListener listener = new IngestListener() {
            @Override
            public void accepted(EventKind kind, int n) {
                events.add("accepted " + kind + " " + n);
            }

            @Override
            public void rejected(EventKind kind, Rejection reason, int n) {
                events.add(reason + " " + kind + " " + n);
            }
        };
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 100; // Javalin's own limit applies to ctx.body(), which the routes do not use
        });
        new IngestRoutes(TOPICS, publisher, settings, listener).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> post(String kind, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/events/" + kind))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return JSON.readTree(response.body());
    }

    private void assertBadRequest(HttpResponse<String> response, String field) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(field, json(response).get("field").asText());
        assertTrue(json(response).get("error").asText().contains(field), response.body());
        assertTrue(publisher.records().isEmpty(), "nothing of a rejected request is published");
    }

    @Test
    void shouldAcceptObjectAndPublishKeyedAvroToPrefixedTopic() throws Exception {
        start(IngestSettings.defaults());
        HttpResponse<String> response = post("contacts", contact().toString());
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(1, json(response).get("accepted").asInt());
        OutgoingRecord record = publisher.records().get(0);
        assertEquals("t.crm.contacts", record.topic());
        assertEquals("c-1", record.key());
        Contact value = EventSerdes.CONTACT.decode(record.value());
        assertEquals("Still no repair to the boiler", value.getText());
        assertTrue(value.getEventId().startsWith("sha256:"));
        assertEquals(List.of("accepted CONTACTS 1"), events);
    }

    @Test
    void shouldAcceptArrayAsOneBatch() throws Exception {
        start(IngestSettings.defaults());
        String body = JSON.createArrayNode().add(complaintEvent())
                .add(complaintEvent().put("complaintId", "cmp-2")).add(complaintEvent().put("complaintId", "cmp-3")).toString();
        HttpResponse<String> response = post("complaint-events", body);
        assertEquals(202, response.statusCode(), response.body());
        assertEquals(3, json(response).get("accepted").asInt());
        assertEquals(1, publisher.batches().size());
        assertEquals(List.of("cmp-1", "cmp-2", "cmp-3"), publisher.records().stream().map(OutgoingRecord::key).toList());
    }

    @Test
    void shouldRejectMalformedJsonNamingBody() throws Exception {
        start(IngestSettings.defaults());
        assertBadRequest(post("contacts", "{\"contactId\": "), "body");
        assertBadRequest(post("contacts", ""), "body");
        assertBadRequest(post("contacts", "{} {}"), "body");
        assertEquals("INVALID CONTACTS 1", events.get(0));
    }

    @Test
    void shouldRejectMissingFieldAndWrongType() throws Exception {
        start(IngestSettings.defaults());
        var missing = contact();
        missing.remove("landlordId");
        assertBadRequest(post("contacts", missing.toString()), "landlordId");
        assertBadRequest(post("complaint-events", complaintEvent().put("stage", "one").toString()), "stage");
    }

    @Test
    void shouldRejectWholeArrayWhenOneItemIsBad() throws Exception {
        start(IngestSettings.defaults());
        String body = JSON.createArrayNode().add(contact()).add(contact().put("occurredAt", "2025-13-01T00:00:00Z")).add(contact()).toString();
        assertBadRequest(post("contacts", body), "[1].occurredAt");
        assertEquals(List.of("INVALID CONTACTS 3"), events);
    }

    @Test
    void shouldRequireValidBearerTokenWhenConfigured() throws Exception {
        start(IngestSettings.defaults().withBearerTokens(Set.of("s3cret", "other")));
        HttpResponse<String> none = post("contacts", contact().toString());
        assertEquals(401, none.statusCode());
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(json(none).has("error"));
        assertEquals(401, post("contacts", contact().toString(), "Authorization", "Bearer wrong").statusCode());
        assertEquals(401, post("contacts", contact().toString(), "Authorization", "Basic s3cret").statusCode());
        assertTrue(publisher.records().isEmpty());
        assertEquals(202, post("contacts", contact().toString(), "Authorization", "Bearer s3cret").statusCode());
    }

    @Test
    void shouldAnswer413OverSizeLimitWithJson() throws Exception {
        start(IngestSettings.defaults().withMaxBodyBytes(1000));
        String big = "[" + (contact() + ",").repeat(9) + contact() + "]";
        assertTrue(big.length() > 1000);
        HttpResponse<String> response = post("contacts", big);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("body", json(response).get("field").asText());
        assertTrue(publisher.records().isEmpty());
        assertEquals(202, post("contacts", contact().toString()).statusCode(), "under our limit, over Javalin's");
    }

    @Test
    void shouldAnswer413ForChunkedBodyOverLimit() throws Exception {
        start(IngestSettings.defaults().withMaxBodyBytes(1000));
        byte[] big = ("[" + (contact() + ",").repeat(20) + contact() + "]").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/events/contacts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(publisher.records().isEmpty());
    }

    @Test
    void shouldAnswer413ForMultiMegabyteBodyOverDefaultLimit() throws Exception {
        start(IngestSettings.defaults());
        String huge = "[" + (contact() + ",").repeat(20_000) + contact() + "]";
        assertTrue(huge.length() > 3 * IngestSettings.DEFAULT_MAX_BODY_BYTES);
        HttpResponse<String> response = post("contacts", huge);
        assertEquals(413, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("1048576"), response.body());
        assertEquals(List.of("TOO_LARGE CONTACTS 1"), events);
    }

    @Test
    void shouldAnswer404ForUnknownKind() throws Exception {
        start(IngestSettings.defaults());
        HttpResponse<String> response = post("complaints", contact().toString());
        assertEquals(404, response.statusCode());
        assertEquals("kind", json(response).get("field").asText());
    }

    @Test
    void shouldAnswer503WhenBrokerDoesNotAcknowledge() throws Exception {
        start(IngestSettings.defaults());
        publisher.failing(true);
        HttpResponse<String> response = post("contacts", contact().toString());
        assertEquals(503, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("retry"), response.body());
        assertEquals(List.of("UNAVAILABLE CONTACTS 1"), events);
    }
}
