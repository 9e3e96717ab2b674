package io.complaintstreams.api.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListAnswerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        List<Map<String, Object>> rows = List.of(Map.of("complaintId", "C-1", "stage", 1), Map.of("complaintId", "C-2", "stage", 2));
        app = Javalin.create(c -> c.showJavalinBanner = false);
        app.get("/rows", ctx -> ListAnswer.answer(ctx, RowQuery.from(Map.of(), Map.of("stage", "stage"), Set.of("complaintId")),
                rows, List.of("complaintId", "stage"), "rows"));
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerJsonOrCsvAndRefuseAnyOtherFormatNamingTheParameter() throws Exception {
        assertTrue(get("/rows").body().contains("\"total\":2"));
        HttpResponse<String> csv = get("/rows?format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("C-2"));

        HttpResponse<String> pdf = get("/rows?format=pdf");
        assertEquals(406, pdf.statusCode());
        assertTrue(pdf.body().contains("\"field\":\"format\""), pdf.body());
    }
}
