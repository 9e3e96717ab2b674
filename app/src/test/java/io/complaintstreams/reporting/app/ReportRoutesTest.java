package io.complaintstreams.reporting.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.api.PartitionShares;
import io.complaintstreams.api.ReportRoutes;
import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.domain.ombudsman.OmbudsmanFact;
import io.complaintstreams.query.Freshness;
import io.complaintstreams.query.PartitionCopy;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.reporting.selfassessment.ServiceRecords;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @TempDir
    Path statements;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(statements.resolve("self-assessment.md"), "# Our self-assessment\nWe <comply> with the Code.\n");
        Collection<List<ComplaintFact>> complaints = List.of(
                List.of(fact("a-1", "a", "LL-1", FactType.RECEIVED, "2025-05-01T09:00:00Z")),
                List.of(fact("b-1", "b", "LL-1", FactType.RECEIVED, "2025-06-01T09:00:00Z")),
                List.of(fact("c-1", "c", "LL-2", FactType.RECEIVED, "2025-06-01T09:00:00Z")));
        app = Javalin.create(c -> c.showJavalinBanner = false);
        new ReportRoutes(() -> complaints, Map.of("LL-1", 2000, "LL-2", 1000), statements).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void shouldAnswerTsmWithTheContractFieldsSummingHomes() throws Exception {
        HttpResponse<String> all = get("/api/v1/tsm?period=2025-26", "application/json");
        JsonNode body = JSON.readTree(all.body());
        assertEquals(200, all.statusCode());
        for (String field : List.of("period", "homes", "stage1Complaints", "stage2Complaints", "ch01Stage1Per1000",
                "ch01Stage2Per1000", "ch02Stage1WithinTimescalePct", "ch02Stage2WithinTimescalePct")) {
            assertTrue(body.has(field), field);
        }
        assertEquals("2025-26", body.get("period").asText());
        assertEquals(3000, body.get("homes").asInt());
        assertEquals(3, body.get("stage1Complaints").asInt());
        assertEquals("1.0", body.get("ch01Stage1Per1000").asText());
        assertTrue(body.get("ch02Stage1WithinTimescalePct").isNull());

        JsonNode one = JSON.readTree(get("/api/v1/tsm?period=2025-26&landlordId=LL-1", "application/json").body());
        assertEquals(2000, one.get("homes").asInt());
        assertEquals(2, one.get("stage1Complaints").asInt());
    }

    @Test
    void shouldRejectABadPeriodNamingTheParameter() throws Exception {
        for (String path : List.of("/api/v1/tsm?period=2025-27", "/api/v1/reports/annual?period=2025", "/api/v1/tsm",
                "/api/v1/reports/self-assessment?period=2025-26-Q1", "/api/v1/reports/quarter?period=2025-26")) {
            HttpResponse<String> r = get(path, "application/json");
            assertEquals(400, r.statusCode(), path);
            assertEquals("period", JSON.readTree(r.body()).get("field").asText());
        }
    }

    @Test
    void shouldRefuseAFormatTheRouteDoesNotOfferNamingThoseItDoes() throws Exception {
        HttpResponse<String> csvOfAnnual = get("/api/v1/reports/annual?period=2025-26&format=csv", "*/*");
        assertEquals(406, csvOfAnnual.statusCode());
        JsonNode body = JSON.readTree(csvOfAnnual.body());
        assertEquals("format", body.get("field").asText());
        assertTrue(body.get("error").asText().contains("json, html, pdf"), body.toString());
        assertEquals(406, get("/api/v1/tsm?period=2025-26&format=html", "*/*").statusCode());
        assertEquals(406, get("/api/v1/reports/quarter?period=2025-26-Q1&format=csv", "*/*").statusCode());

        HttpResponse<String> unknown = get("/api/v1/reports/annual?period=2025-26&format=xml", "*/*");
        assertEquals(406, unknown.statusCode(), "no format at all is answered as one the route does not offer, as the lists do");
        assertEquals("format", JSON.readTree(unknown.body()).get("field").asText());
        assertTrue(JSON.readTree(unknown.body()).get("error").asText().contains("json, html, pdf"), unknown.body());

        assertEquals(200, get("/api/v1/reports/self-assessment?period=2025-26&format=CSV", "*/*").statusCode());
        assertTrue(get("/api/v1/reports/annual?period=2025-26&format=html", "application/json").body().startsWith("<!DOCTYPE html>"),
                "format wins over Accept");
    }

    @Test
    void shouldServeTheAnnualReportAsJsonOrHtml() throws Exception {
        JsonNode json = JSON.readTree(get("/api/v1/reports/annual?period=2025-26", "application/json").body());
        assertEquals(3, json.get("volumes").get("stage1").asInt());
        assertEquals("Supplied", json.get("statements").get("selfAssessment").get("status").asText());
        assertEquals("Not supplied", json.get("statements").get("serviceImprovements").get("status").asText());
        assertEquals("Not supplied", json.get("ombudsmanReferrals").get("status").asText());

        HttpResponse<String> html = get("/api/v1/reports/annual?period=2025-26", "text/html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().startsWith("<!DOCTYPE html>"));
        assertTrue(html.body().contains("We &lt;comply&gt; with the Code."), "statement text escaped");
        assertTrue(html.body().contains("<caption>"));
        assertTrue(html.body().contains("role=\"img\""));
    }

    @Test
    void shouldServeTheSelfAssessmentAsJsonCsvOrHtml() throws Exception {
        JsonNode json = JSON.readTree(get("/api/v1/reports/self-assessment?period=2025-26&landlordId=LL-1", "application/json").body());
        assertEquals("2025-26", json.get("period").asText());
        assertTrue(json.get("rows").size() > 10);

        HttpResponse<String> csv = get("/api/v1/reports/self-assessment?period=2025-26", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFProvision,"));

        assertTrue(get("/api/v1/reports/self-assessment?period=2025-26", "text/html").body().contains("<th scope=\"row\">6.13</th>"));
    }

    @Test
    void shouldSayASelfAssessmentHasNoDataForAPeriodBeforeTheCodeOrALandlordNoEventNames() throws Exception {
        assertTrue(JSON.readTree(get("/api/v1/reports/self-assessment?period=2025-26", "application/json").body()).get("noData").isNull());
        HttpResponse<String> before = get("/api/v1/reports/self-assessment?period=1999-00", "application/json");
        assertEquals(200, before.statusCode());
        assertTrue(JSON.readTree(before.body()).get("noData").asText().startsWith("No data for this period"), before.body());
        assertTrue(get("/api/v1/reports/self-assessment?period=2025-26&landlordId=NOPE", "text/html").body()
                .contains("No data for landlord NOPE"));
    }

    @Test
    void shouldMeasureRows14To16FromTheServiceRecordsGivenToTheRoutes() throws Exception {
        var changes = List.of(
                new ServiceRecords.RequestChange("SR-1", "LL-1", "R-a", Instant.parse("2025-04-10T09:00:00Z"), "OPEN", "plumbing", null,
                        Instant.parse("2025-04-22T16:00:00Z")),
                new ServiceRecords.RequestChange("SR-1", "LL-1", "R-a", Instant.parse("2025-05-02T09:00:00Z"), "COMPLETED", "plumbing", null, null),
                new ServiceRecords.RequestChange("SR-2", "LL-1", "R-x", Instant.parse("2025-06-02T09:00:00Z"), "OPEN", "heating", null, null),
                new ServiceRecords.RequestChange("SR-3", "LL-1", "R-y", Instant.parse("2025-09-01T09:00:00Z"), "OPEN", "roofing", null, null));
        var surveys = List.of(
                new ServiceRecords.SurveyResponse("S-1", "LL-1", "R-b", Instant.parse("2025-05-20T09:00:00Z"), "TSM_PERCEPTION", 1, null, null),
                new ServiceRecords.SurveyResponse("S-2", "LL-1", "R-c", Instant.parse("2025-05-20T09:00:00Z"), "TSM_PERCEPTION", 5, null, null),
                new ServiceRecords.SurveyResponse("S-3", "LL-1", "R-z", Instant.parse("2025-07-20T09:00:00Z"), "TRANSACTIONAL", 2, "SR-3", null));
        var dissatisfied = List.of( // SR-1's resident complained two days later (complaint a); SR-2's did not
                new ServiceRecords.DissatisfiedRecord("service_request", "SR-1", "LL-1", "R-a", Instant.parse("2025-04-29T09:00:00Z"), "SR-1"),
                new ServiceRecords.DissatisfiedRecord("contact", "C-9", "LL-1", "R-x", Instant.parse("2025-06-20T09:00:00Z"), "SR-2"));
        var records = new ServiceRecords(changes, surveys, dissatisfied,
                io.complaintstreams.domain.request.ServiceRequestTargets.parse("heating=5"), 2);
        Javalin withRecords = Javalin.create(c -> c.showJavalinBanner = false);
        try {
            Collection<List<ComplaintFact>> complaints = List.of(
                    List.of(fact("a-1", "a", "LL-1", FactType.RECEIVED, "2025-05-01T09:00:00Z")),
                    List.of(fact("b-1", "b", "LL-1", FactType.RECEIVED, "2025-06-01T09:00:00Z")));
            new ReportRoutes(() -> complaints, Map.of("LL-1", 2000), null).withServiceRecords(() -> records).register(withRecords);
            withRecords.start("127.0.0.1", 0);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + withRecords.port()
                    + "/api/v1/reports/self-assessment?period=2025-26")).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, JsonNode> rows = new java.util.HashMap<>();
            JSON.readTree(answer.body()).get("rows").forEach(r -> rows.put(r.get("provision").asText(), r));
            // 1.4: three recorded, SR-3 has no due date (no roofing target); SR-1 completed late, SR-2 overdue on 1 September
            assertEquals(List.of("DATA", "2", "3", "No", "[\"SR-1\",\"SR-2\"]"), List.of(rows.get("1.4").get("source").asText(),
                    rows.get("1.4").get("count").asText(), rows.get("1.4").get("of").asText(), rows.get("1.4").get("suggestedComply").asText(),
                    rows.get("1.4").get("exceptions").toString()));
            // 1.5: SR-1 raised (complaint a two days later), SR-2 not
            assertEquals(List.of("1", "2", "No", "[\"SR-2\"]"), List.of(rows.get("1.5").get("count").asText(),
                    rows.get("1.5").get("of").asText(), rows.get("1.5").get("suggestedComply").asText(), rows.get("1.5").get("exceptions").toString()));
            // 1.6: S-1 and S-3 dissatisfied (scores 1 and 2); S-1's resident complained within 20 working days (complaint b)
            assertEquals(List.of("1", "2", "[\"S-3\"]"), List.of(rows.get("1.6").get("count").asText(), rows.get("1.6").get("of").asText(),
                    rows.get("1.6").get("exceptions").toString()));
            assertTrue(rows.get("1.6").get("evidence").asText().startsWith("2 of 3 survey responses"), rows.get("1.6").get("evidence").asText());

            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + withRecords.port()
                    + "/api/v1/reports/self-assessment?period=2025-26&format=csv")).build(), HttpResponse.BodyHandlers.ofString());
            String row15 = java.util.Arrays.stream(csv.body().split("\r\n")).filter(l -> l.startsWith("1.5,")).findFirst().orElseThrow();
            assertTrue(row15.contains(",No,") && row15.endsWith(",DATA,1,2,50.0,1,SR-2"), row15);
        } finally {
            withRecords.stop();
        }
    }

    @Test
    void shouldServeTheQuarterlyPackCountingTheQuarterOnly() throws Exception {
        JsonNode q1 = JSON.readTree(get("/api/v1/reports/quarter?period=2025-26-Q1", "application/json").body());
        assertEquals(3, q1.get("volumes").get(0).get("quarter").asInt(), "May and June are in Q1");
        JsonNode q2 = JSON.readTree(get("/api/v1/reports/quarter?period=2025-26-Q2&landlordId=LL-1", "application/json").body());
        assertEquals(0, q2.get("volumes").get(0).get("quarter").asInt());
        assertEquals(2, q2.get("volumes").get(0).get("previousQuarter").asInt());
        assertTrue(get("/api/v1/reports/quarter?period=2025-26-Q1", "text/html").body().startsWith("<!DOCTYPE html>"));
        HttpResponse<String> pdf = get("/api/v1/reports/quarter?period=2025-26-Q1", "application/pdf");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"));
    }

    @Test
    void shouldStateHowCurrentTheComplaintsAndTheOmbudsmanCasesReadForAReportAreTogether() throws Exception {
        Javalin stale = Javalin.create(c -> c.showJavalinBanner = false);
        try {
            List<List<ComplaintFact>> complaints = List.of(List.of(fact("a-1", "a", "LL-1", FactType.RECEIVED, "2025-05-01T09:00:00Z")));
            new ReportRoutes(ctx -> new PartitionShares.Gathered<>(complaints, Freshness.of(List.of(
                    new PartitionCopy(0, true, 0), new PartitionCopy(1, false, 3)))).stateOn(ctx).values(),
                    Map.of("LL-1", 2000), statements, LocalTargets.none())
                    .withOmbudsman(ctx -> new PartitionShares.Gathered<OmbudsmanFact>(List.of(), Freshness.of(List.of(
                            new PartitionCopy(0, true, 0), new PartitionCopy(1, false, 2), new PartitionCopy(2, false, 5))))
                            .stateOn(ctx).values())
                    .register(stale);
            stale.start("127.0.0.1", 0);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> annual = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stale.port()
                    + "/api/v1/reports/annual?period=2025-26")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, annual.statusCode());
            assertEquals(List.of("true", "10", "1,2"), List.of(annual.headers().firstValue(Freshness.STALE).orElse(""),
                    annual.headers().firstValue(Freshness.LAG_RECORDS).orElse(""),
                    annual.headers().firstValue(Freshness.STALE_PARTITIONS).orElse("")),
                    "the annual report states the stale copies of both stores it read, a partition once");
            HttpResponse<String> tsm = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stale.port()
                    + "/api/v1/tsm?period=2025-26")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(List.of("true", "3", "1"), List.of(tsm.headers().firstValue(Freshness.STALE).orElse(""),
                    tsm.headers().firstValue(Freshness.LAG_RECORDS).orElse(""),
                    tsm.headers().firstValue(Freshness.STALE_PARTITIONS).orElse("")), "TSM reads the complaints only");
        } finally {
            stale.stop();
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).header("Accept", accept).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static ComplaintFact fact(String eventId, String complaintId, String landlord, FactType type, String at) {
        return ComplaintFact.builder(eventId, type, 1, Instant.parse(at)).complaint(complaintId, landlord, "R-" + complaintId).build();
    }
}
