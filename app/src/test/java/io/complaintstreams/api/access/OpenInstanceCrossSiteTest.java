package io.complaintstreams.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.config.AppConfig;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without read tokens (the laptop default) reads are open, but no other site's page may change anything. */
class OpenInstanceCrossSiteTest {
    private static final String RESOLUTION = "/api/v1/alerts/C-1:1:RESPONSE_OVERDUE/resolution";
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(c -> c.showJavalinBanner = false);
        AccessControl.from(AppConfig.defaults(), false).register(app);
        app.post(RESOLUTION, ctx -> ctx.status(202).result("accepted"));
        app.get("/api/v1/complaints", ctx -> ctx.result("[]"));
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private int send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"resolution\":\"NOT_DISSATISFIED\",\"by\":\"x\"}"));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void shouldRefuseACrossSitePostButServeSameSiteAndToolsAndCrossSiteReads() throws Exception {
        assertEquals(403, send("POST", RESOLUTION, "Content-Type", "text/plain", "Sec-Fetch-Site", "cross-site"));
        assertEquals(403, send("POST", RESOLUTION, "Content-Type", "text/plain", "Origin", "https://evil.example"));
        assertEquals(202, send("POST", RESOLUTION, "Content-Type", "application/json", "Sec-Fetch-Site", "same-origin"));
        assertEquals(202, send("POST", RESOLUTION, "Content-Type", "application/json"), "curl and scripts send no site headers");
        assertEquals(200, send("GET", "/api/v1/complaints", "Sec-Fetch-Site", "cross-site"), "reads stay open");
    }
}
