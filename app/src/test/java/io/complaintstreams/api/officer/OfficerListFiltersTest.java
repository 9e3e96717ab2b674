package io.complaintstreams.api.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new user's finding: a mistyped value of a filter with a fixed set of values ({@code status=OVERDEU},
 * {@code theme=damp}) on the officer's lists answered {@code 200} with no rows, which reads as "nothing overdue";
 * it is a {@code 400} naming the parameter, as a bad {@code stage}, {@code open} or {@code sort} already was. The
 * check comes before any store is read, so these routes run here without Kafka Streams.
 */
class OfficerListFiltersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(c -> c.showJavalinBanner = false);
        ClusterRows.Factory noStores = new ClusterRows.Factory(null, null);
        new QueueRoutes(Clock.systemUTC(), ZoneId.of("Europe/London"), null, noStores).register(app);
        new UnloggedItemRoutes(Clock.systemUTC(), ZoneId.of("Europe/London"), noStores, null).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void assertRefused(String pathAndQuery, String field, String named) throws Exception {
        HttpResponse<String> answer = get(pathAndQuery);
        assertEquals(400, answer.statusCode(), pathAndQuery + ": " + answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertEquals(field, body.get("field").asText(), answer.body());
        assertTrue(body.get("error").asText().contains(named), answer.body());
    }

    @Test
    void shouldRefuseAMistypedStatusOrThemeOnTheWorkQueueNamingIt() throws Exception {
        assertRefused("/api/v1/officer/complaints?status=OVERDEU", "status", "'OVERDEU'");
        assertRefused("/api/v1/officer/complaints?status=OVERDUE,BOGUS", "status", "'BOGUS'");
        assertRefused("/api/v1/officer/complaints?theme=damp", "theme", "damp_mould");
    }

    @Test
    void shouldRefuseAMistypedThemeOnTheUnloggedItemsNamingIt() throws Exception {
        assertRefused("/api/v1/officer/unlogged-items?theme=bogus", "theme", "'bogus'");
    }

    @Test
    void shouldTakeEveryValueOfTheSetInAnyCase() {
        RowQuery.eachOneOf("status", "overdue, DUE_SOON", List.of("ON_TRACK", "DUE_SOON", "OVERDUE"));
        RowQuery.eachOneOf("theme", "", List.of("repairs"));
        RowQuery.eachOneOf("theme", null, List.of("repairs"));
        var e = assertThrows(RowQuery.BadParameter.class, () -> RowQuery.eachOneOf("theme", "repairs, nope", List.of("repairs")));
        assertEquals("theme", e.field);
    }
}
