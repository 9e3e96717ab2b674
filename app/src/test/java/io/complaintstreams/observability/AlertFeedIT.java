package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import complaintstreams.events.AlertKind;
import complaintstreams.events.SignalAction;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import io.complaintstreams.testsupport.Poll;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/alerts} and the alert, signal and complaint metrics, on the running app. */
@Timeout(180)
class AlertFeedIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void shouldListRecentAlertsByKindAndCountAlertsSignalsAndOverdueComplaints() throws Exception {
        try (ObservedApp app = ObservedApp.start(dataDir)) {
            app.feedSampleData();
            app.publishUnloggedComplaint("R9");
            await(() -> alerts(app, "?kind=POSSIBLE_UNLOGGED_COMPLAINT").toString().contains("\"residentId\":\"R9\""),
                    Duration.ofSeconds(30), "R9's possible unlogged complaint alerted");
            for (JsonNode alert : alerts(app, "?kind=POSSIBLE_UNLOGGED_COMPLAINT&limit=50").path("alerts")) {
                assertEquals("POSSIBLE_UNLOGGED_COMPLAINT", alert.path("kind").asText(), "filtered by kind");
                if (alert.path("residentId").asText().equals("R9")) {
                    assertEquals("sig-R9", alert.path("signalId").asText());
                }
            }

            // the deadline clock raises overdue alerts for the sample complaints (received weeks ago, never answered)
            await(() -> alerts(app, "?kind=ACKNOWLEDGEMENT_OVERDUE").path("count").asInt() >= 1, Duration.ofSeconds(60),
                    "an acknowledgement overdue alert");
            assertEquals(400, app.get("/api/v1/alerts?kind=LOST").statusCode());
            assertEquals(400, app.get("/api/v1/alerts?limit=0").statusCode());

            await(() -> metric(app, "complaints_overdue ") >= 1, Duration.ofSeconds(60), "complaints_overdue counted");
            // the counters match what is on the topics (the app's own classifier adds signals for the sample contacts)
            var alertsOnTopic = app.readAll(Topics.ALERTS).stream()
                    .filter(v -> EventSerdes.DEADLINE_ALERT.decode(v).getKind() == AlertKind.POSSIBLE_UNLOGGED_COMPLAINT).count();
            var offersOnTopic = app.readAll(Topics.SIGNALS).stream()
                    .filter(v -> EventSerdes.SIGNAL.decode(v).getAction() == SignalAction.OFFER_COMPLAINT).count();
            assertTrue(alertsOnTopic >= 1 && offersOnTopic >= 1, alertsOnTopic + " alerts, " + offersOnTopic + " offers");
            await(() -> metric(app, "complaints_alerts_raised_total{kind=\"POSSIBLE_UNLOGGED_COMPLAINT\"}") == alertsOnTopic
                    && metric(app, "complaints_signals_total{action=\"OFFER_COMPLAINT\"}") == offersOnTopic, Duration.ofSeconds(10),
                    "the counters equal the alerts and signals on the topics");
            assertEquals(1.0, metric(app, "complaints_gauges_store_readable "));
            assertTrue(metric(app, "complaints_received_month{stage=\"1\"}") >= 2, "this month's complaints counted");
        }
    }

    private static JsonNode alerts(ObservedApp app, String query) {
        try {
            var r = app.get("/api/v1/alerts" + query);
            assertEquals(200, r.statusCode(), r.body());
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sample's value from /metrics; the name includes labels as printed, or a trailing space when it has none. */
    private static double metric(ObservedApp app, String nameAndLabels) {
        try {
            for (String line : app.get("/metrics").body().split("\n")) {
                if (line.startsWith(nameAndLabels.strip()) && line.substring(nameAndLabels.strip().length()).startsWith(" ")) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return Double.NaN;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        Poll.until(timeout, Duration.ofMillis(250), condition, what);
    }
}
