package io.complaintstreams.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.audit.AuditLog;
import io.complaintstreams.config.AppConfig;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new user's finding (README "Audit": "refused and failed reads are recorded too"): with read tokens configured, a
 * read of a complaint or a list, or a resolution, refused with 401 or 403 left no record on complaints.audit, because
 * the access check ended the request before the audit's after-handler ran. Wired here as {@code HttpApi} wires it.
 */
class RefusedReadAuditTest {
    private static final String READ_TOKEN = "read-token-3c1f";
    private static final String INGEST_TOKEN = "ingest-token-77aa";
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private Javalin app;

    @BeforeEach
    void start() {
        AuditLog audit = (principal, action, route, subject, outcome) ->
                recorded.add(principal + " " + action + " " + route + " " + subject + " " + outcome);
        ReadAudit readAudit = new ReadAudit(audit);
        app = Javalin.create(c -> c.showJavalinBanner = false);
        AppConfig config = AppConfig.defaults().with(Map.of(AppConfig.API_READ_TOKENS, READ_TOKEN,
                AppConfig.INGEST_TOKENS, INGEST_TOKEN));
        AccessControl.from(config, false).onRefused(readAudit::recordRefused).register(app);
        readAudit.register(app);
        app.get("/api/v1/complaints/{id}", ctx -> ctx.result("{}"));
        app.get("/api/v1/officer/unlogged-items", ctx -> ctx.result("{}"));
        app.get("/api/v1/tsm", ctx -> ctx.result("{}"));
        app.post("/api/v1/alerts/{alertId}/resolution", ctx -> ctx.status(202));
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private int send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"resolution\":\"DUPLICATE\",\"by\":\"x\"}"))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void shouldAuditAReadOrResolutionRefusedWithoutAValidReadToken() throws Exception {
        assertEquals(401, send("GET", "/api/v1/complaints/C-7", null));
        assertEquals(401, send("GET", "/api/v1/complaints/C-7", "Bearer " + INGEST_TOKEN));
        assertEquals(401, send("GET", "/api/v1/officer/unlogged-items", "Bearer wrong"));
        assertEquals(401, send("POST", "/api/v1/alerts/C-7:1:RESPONSE_OVERDUE/resolution", null));
        assertEquals(List.of(
                "anonymous READ_COMPLAINT GET /api/v1/complaints/{id} C-7 401",
                "anonymous READ_COMPLAINT GET /api/v1/complaints/{id} C-7 401",
                "anonymous LIST_ALERTS GET /api/v1/officer/unlogged-items null 401",
                "anonymous RESOLVE_ALERT POST /api/v1/alerts/{alertId}/resolution C-7:1:RESPONSE_OVERDUE 401"), recorded);
    }

    @Test
    void shouldStillAuditAnAnsweredReadOnceAndNotAuditRoutesThatAreNotAudited() throws Exception {
        assertEquals(200, send("GET", "/api/v1/complaints/C-8", "Bearer " + READ_TOKEN));
        assertEquals(401, send("GET", "/api/v1/tsm", null));
        assertEquals(1, recorded.size(), recorded.toString());
        assertTrue(recorded.get(0).startsWith("read-token:") && recorded.get(0).endsWith(" READ_COMPLAINT GET /api/v1/complaints/{id} C-8 200"),
                recorded.toString());
    }
}
