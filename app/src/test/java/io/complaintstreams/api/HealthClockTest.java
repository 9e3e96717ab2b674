package io.complaintstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.validation.FutureRefusals;
import io.complaintstreams.domain.validation.TimestampBounds;
import io.complaintstreams.metrics.StreamsProgress;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /health} says when refused events point at this server's clock being slow, and keeps its status. */
class HealthClockTest {
    private static final Instant NOW = Instant.parse("2026-11-30T23:00:00Z");
    private final FutureRefusals refusals = new FutureRefusals();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private JsonNode health() throws Exception {
        app = Javalin.create(c -> c.showJavalinBanner = false);
        new HealthRoutes("127.0.0.1:1", () -> true, () -> KafkaStreams.State.RUNNING, StreamsProgress.standard(),
                () -> refusals.suspicion(NOW)).register(app);
        app.start("127.0.0.1", 0);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void shouldSayNothingIsWrongWithTheClockWhenNoEventWasRefusedAsFuture() throws Exception {
        JsonNode body = health();
        assertFalse(body.get("clock").get("skewSuspected").asBoolean(), body.toString());
        assertFalse(body.has("warnings"), body.toString());
    }

    @Test
    void shouldSayTheClockSkewAndWhatToDoWhenLiveEventsAreRefusedAsInTheFuture() throws Exception {
        TimestampBounds bounds = TimestampBounds.defaults();
        for (int i = 0; i < 3; i++) {
            Instant sent = NOW.plusSeconds(8 * 60 + i);
            assertTrue(bounds.rejectReason(sent, NOW).isPresent(), "the refusal rule is kept");
            refusals.refused(sent, NOW, bounds.futureTolerance());
        }
        JsonNode body = health();
        assertEquals("UP", body.get("status").asText(), "the process works; its clock is wrong");
        JsonNode clock = body.get("clock");
        assertTrue(clock.get("skewSuspected").asBoolean(), body.toString());
        assertEquals(482, clock.get("estimatedSkewSeconds").asLong());
        assertEquals(300, clock.get("toleranceSeconds").asLong());
        assertTrue(clock.get("message").asText().contains("slow by about 8 minutes"), clock.toString());
        assertEquals(clock.get("message").asText(), body.get("warnings").get(0).asText());
    }
}
