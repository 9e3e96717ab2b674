package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.config.AppConfig;
import io.complaintstreams.testsupport.Poll;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 3 end to end on the real app: service requests posted over HTTP are listed by
 * {@code GET /api/v1/service-requests} with their due dates (the landlord's target by category, or the request's own
 * dueAt), the overdue ones are filtered with exact counts, and the Prometheus gauge counts them. Dates are relative to
 * today: 60 days ago is past any 15-working-day target.
 */
@Timeout(240)
class ServiceRequestMonitoringIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void shouldListOpenAndOverdueRequestsWithExactCountsAndCountTheOverdueInTheGauge() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String longAgo = now.minus(60, ChronoUnit.DAYS).toString();
        String yesterday = now.minus(1, ChronoUnit.DAYS).toString();
        String requests = """
                [{"requestId":"SR-OLD","landlordId":"LL1","residentId":"R1","occurredAt":"%1$s","status":"OPEN","category":"repairs"},
                 {"requestId":"SR-NEW","landlordId":"LL1","residentId":"R2","occurredAt":"%2$s","status":"OPEN","category":"repairs"},
                 {"requestId":"SR-OWN","landlordId":"LL1","residentId":"R3","occurredAt":"%1$s","status":"IN_PROGRESS","category":"estate",
                  "dueAt":"%3$s"},
                 {"requestId":"SR-DONE","landlordId":"LL1","residentId":"R4","occurredAt":"%1$s","status":"OPEN","category":"repairs"},
                 {"requestId":"SR-DONE","landlordId":"LL1","residentId":"R4","occurredAt":"%2$s","status":"COMPLETED","category":"repairs"}]
                """.formatted(longAgo, yesterday, now.plus(30, ChronoUnit.DAYS).toString());
        try (RunningApp running = RunningApp.start(dataDir, Map.of(AppConfig.SERVICE_REQUEST_TARGETS, "repairs=15"))) {
            HttpResponse<String> accepted = running.post("/api/v1/events/service-requests", requests);
            assertEquals(202, accepted.statusCode(), accepted.body());
            Poll.until(Duration.ofSeconds(90), () -> total(running, "/api/v1/service-requests?status=ALL") == 4, "four requests listed");

            assertEquals(3, total(running, "/api/v1/service-requests"), "open by default: SR-OLD, SR-NEW, SR-OWN");
            JsonNode overdue = page(running, "/api/v1/service-requests?status=OVERDUE");
            assertEquals(1, overdue.get("total").asLong());
            JsonNode old = overdue.get("rows").get(0);
            assertEquals("SR-OLD", old.get("requestId").asText());
            assertEquals("target", old.get("dueFrom").asText());
            assertTrue(old.get("daysOverdue").asLong() > 0);
            long age = old.get("ageDays").asLong();
            assertTrue(age >= 59 && age <= 61, "about 60 days old (London dates around a clock change): " + age);
            JsonNode own = page(running, "/api/v1/service-requests?category=estate").get("rows").get(0);
            assertEquals("dueAt", own.get("dueFrom").asText());
            assertEquals("OPEN", own.get("status").asText());
            assertEquals(1, total(running, "/api/v1/service-requests?status=CLOSED"));
            assertEquals(400, running.get("/api/v1/service-requests?status=LATE").statusCode());
            assertEquals(400, running.get("/api/v1/service-requests?becameComplaint=maybe").statusCode());
            assertEquals(400, running.get("/api/v1/complaints?limit=-1").statusCode(), "a limit below 1 is refused, not an empty list");

            Poll.until(Duration.ofSeconds(60), () -> metrics(running).lines()
                    .anyMatch(l -> l.startsWith("complaints_service_requests_overdue") && l.trim().endsWith(" 1.0")),
                    "the overdue gauge reads 1");
        }
    }

    private static String metrics(RunningApp app) {
        try {
            return app.get("/metrics").body();
        } catch (Exception e) {
            return "";
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
