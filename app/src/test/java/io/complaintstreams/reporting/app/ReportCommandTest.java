package io.complaintstreams.reporting.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.cli.CliRun;
import io.complaintstreams.cli.Main;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.generator.GeneratorSettings;
import io.complaintstreams.generator.LandlordGenerator;
import io.complaintstreams.generator.Topics;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.ReportJson;
import io.complaintstreams.reporting.tsm.TsmCalculator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldPrintTsmFromAGeneratedFileLikeTheCalculatorOnItsEvents() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 600)).writeJsonLines(dir);
        Path file = dir.resolve(Topics.fileName(Topics.COMPLAINT_EVENTS));

        CliRun run = run("report", "tsm", "--period", "2025-26", "--input", file.toString(), "--homes", "LL-DEMO=600");

        assertEquals(Main.OK, run.code(), run.err());
        String expected = ReportJson.write(TsmCalculator.standard().calculate(facts(file), FinancialYear.parse("2025-26"), Map.of("LL-DEMO", 600), null));
        assertEquals(JSON.readTree(expected), JSON.readTree(run.out()));
    }

    @Test
    void shouldWarnOnStderrWhenTheGeneratedLandlordHasNoHomes() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 600)).writeJsonLines(dir);
        Path file = dir.resolve(Topics.fileName(Topics.COMPLAINT_EVENTS));

        CliRun run = run("report", "tsm", "--period", "2025-26", "--input", file.toString(), "--homes", "SOMEONE-ELSE=5000");

        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.err().contains("warning: no --homes for ") && run.err().contains("CH01 reads high"), run.err());
        assertTrue(run(("report tsm --period 2025-26 --input " + file + " --homes LL-DEMO=600").split(" ")).err().isEmpty(),
                "no warning when the landlord's homes are given");
    }

    @Test
    void shouldWriteTheAnnualReportAsHtmlToAFile() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 300)).writeJsonLines(dir);
        Path out = dir.resolve("annual.html");

        CliRun run = run("report", "annual", "--period", "2025-26", "--format", "html", "--output", out.toString(),
                "--input", dir.resolve("crm.complaint-events.jsonl").toString(), "--homes", "LL-DEMO=300", "--statements", dir.toString());

        assertEquals(Main.OK, run.code(), run.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<h1>Annual complaints performance and service improvement report 2025-26</h1>"));
        assertTrue(html.contains("Not supplied"));
    }

    @Test
    void shouldExitZeroButNoteAnAnnualReportWithNoDataForThePeriodOrLandlord() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 300)).writeJsonLines(dir);
        String events = dir.resolve("crm.complaint-events.jsonl").toString();

        CliRun none = run("report", "annual", "--period", "2031-32", "--input", events, "--homes", "LL-DEMO=300");
        assertEquals(Main.OK, none.code(), none.err());
        assertTrue(none.err().contains("note: No data for this period"), none.err());
        assertTrue(JSON.readTree(none.out()).get("noData").asText().startsWith("No data for this period"));

        CliRun nope = run("report", "annual", "--period", "2025-26", "--input", events, "--landlord", "NOPE");
        assertEquals(Main.OK, nope.code(), nope.err());
        assertTrue(nope.err().contains("note: No data for landlord NOPE"), nope.err());

        CliRun tsm = run("report", "tsm", "--period", "2031-32", "--input", events, "--homes", "LL-DEMO=300");
        assertEquals(Main.OK, tsm.code(), tsm.err());
        assertTrue(tsm.err().contains("note: no data for this period"), tsm.err());
        assertEquals(0, JSON.readTree(tsm.out()).get("stage1Complaints").asInt(), "the contract's JSON unchanged");
        assertFalse(run("report", "tsm", "--period", "2025-26", "--input", events, "--homes", "LL-DEMO=300").err().contains("no data"));

        CliRun real = run("report", "annual", "--period", "2025-26", "--input", events, "--homes", "LL-DEMO=300");
        assertTrue(JSON.readTree(real.out()).get("noData").isNull(), "a year with data: no note");
        assertFalse(real.err().contains("No data"), real.err());
    }

    @Test
    void shouldExitTwoNamingThePeriod() throws Exception {
        Path empty = Files.writeString(dir.resolve("e.jsonl"), "");
        for (String command : List.of("tsm", "annual", "self-assessment", "quarter")) {
            CliRun run = run("report", command, "--period", "2025-2026", "--input", empty.toString());
            assertEquals(Main.BAD_INPUT, run.code());
            assertTrue(run.err().contains("period"), run.err());
        }
    }

    @Test
    void shouldWriteTheSelfAssessmentInEachFormatFromAGeneratedYear() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 600)).writeJsonLines(dir);
        String input = dir.resolve("crm.complaint-events.jsonl").toString();

        CliRun json = run("report", "self-assessment", "--period", "2025-26", "--input", input);
        assertEquals(Main.OK, json.code(), json.err());
        JsonNode rows = JSON.readTree(json.out()).get("rows");
        JsonNode ack = null;
        for (JsonNode row : rows) {
            ack = row.get("provision").asText().equals("6.2") ? row : ack;
        }
        assertTrue(ack != null && ack.get("of").asLong() > 0, "6.2 measured");

        CliRun csv = run("report", "self-assessment", "--period", "2025-26", "--input", input, "--format", "csv");
        assertEquals(Main.OK, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFProvision,"), csv.out().substring(0, 40));
        assertEquals(rows.size() + 1, csv.out().split("\r\n").length);

        CliRun bad = run("report", "self-assessment", "--period", "2025-26", "--input", input, "--format", "docx");
        assertEquals(Main.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("--format"), bad.err());

        CliRun pdfToTerminal = run("report", "self-assessment", "--period", "2025-26", "--input", input, "--format", "pdf");
        assertEquals(Main.BAD_INPUT, pdfToTerminal.code());
        assertTrue(pdfToTerminal.err().contains("--format pdf needs --output"), pdfToTerminal.err());
    }

    @Test
    void shouldMeasureRows14To16FromTheServiceRequestContactAndSurveyFiles() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 600)).writeJsonLines(dir);
        CliRun json = run("report", "self-assessment", "--period", "2025-26", "--input", dir.resolve("crm.complaint-events.jsonl").toString(),
                "--service-requests-input", dir.resolve("crm.service-requests.jsonl").toString(),
                "--contacts-input", dir.resolve("crm.contacts.jsonl").toString(),
                "--surveys-input", dir.resolve("crm.surveys.jsonl").toString(), "--service-request-targets", "heating=5");
        assertEquals(Main.OK, json.code(), json.err());
        java.util.Map<String, JsonNode> byProvision = new java.util.HashMap<>();
        JSON.readTree(json.out()).get("rows").forEach(r -> byProvision.put(r.get("provision").asText(), r));

        // independent counts from the files: requests first changed in the year, survey responses in the year
        java.util.Map<String, java.time.LocalDate> opened = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("crm.service-requests.jsonl"))) {
            JsonNode e = JSON.readTree(line);
            java.time.LocalDate day = java.time.Instant.parse(e.get("occurredAt").asText()).atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
            opened.merge(e.get("requestId").asText(), day, (a, b) -> a.isBefore(b) ? a : b);
        }
        var year = io.complaintstreams.reporting.FinancialYear.parse("2025-26");
        long surveys = Files.readAllLines(dir.resolve("crm.surveys.jsonl")).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).filter(e -> year.contains(java.time.Instant.parse(e.get("occurredAt").asText()).atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())).count();
        for (String provision : List.of("1.4", "1.5", "1.6")) {
            assertEquals("DATA", byProvision.get(provision).get("source").asText(), provision);
            assertTrue(byProvision.get(provision).get("of").asLong() > 0, provision + " measured");
        }
        assertEquals(opened.values().stream().filter(year::contains).count(), byProvision.get("1.4").get("of").asLong());
        assertTrue(byProvision.get("1.6").get("evidence").asText().contains(String.format(java.util.Locale.UK, " of %,d survey responses", surveys)),
                byProvision.get("1.6").get("evidence").asText());

        CliRun badTargets = run("report", "self-assessment", "--period", "2025-26", "--input", dir.resolve("crm.complaint-events.jsonl").toString(),
                "--service-request-targets", "heating=soon");
        assertEquals(Main.BAD_INPUT, badTargets.code());
        assertTrue(badTargets.err().contains("--service-request-targets"), badTargets.err());
    }

    @Test
    void shouldWriteTheQuarterlyPackAsHtmlToAFile() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 600)).writeJsonLines(dir);
        Path out = dir.resolve("q3.html");

        CliRun run = run("report", "quarter", "--period", "2025-26-Q3", "--format", "html", "--output", out.toString(),
                "--input", dir.resolve("crm.complaint-events.jsonl").toString(), "--homes", "LL-DEMO=600");

        assertEquals(Main.OK, run.code(), run.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<h1>Quarterly complaints report 2025-26-Q3</h1>"));
        assertTrue(html.contains("2025-10-01 to 2025-12-31"));
    }

    /** Maps the generated JSON straight to facts (the file carries eventIds, so no derivation is involved). */
    private static List<List<ComplaintFact>> facts(Path file) throws Exception {
        Map<String, List<ComplaintFact>> byComplaint = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode e = JSON.readTree(line);
            List<String> themes = new ArrayList<>();
            e.path("themes").forEach(t -> themes.add(t.asText()));
            ComplaintFact f = ComplaintFact.builder(e.get("eventId").asText(), FactType.valueOf(e.get("type").asText()),
                            e.get("stage").asInt(), Instant.parse(e.get("occurredAt").asText()))
                    .complaint(e.get("complaintId").asText(), e.get("landlordId").asText(), e.get("residentId").asText())
                    .extensionWorkingDays(e.has("extensionWorkingDays") ? e.get("extensionWorkingDays").asInt() : null)
                    .outcome(e.hasNonNull("outcome") ? e.get("outcome").asText() : null).themes(themes)
                    .tenure(e.hasNonNull("tenure") ? e.get("tenure").asText() : null).build();
            byComplaint.computeIfAbsent(f.complaintId(), k -> new ArrayList<>()).add(f);
        }
        return List.copyOf(byComplaint.values());
    }


    @Test
    void shouldExitZeroButNoteASelfAssessmentWithNoDataForThePeriodOrLandlord() throws Exception {
        new LandlordGenerator(GeneratorSettings.of(7, 300)).writeJsonLines(dir);
        String events = dir.resolve("crm.complaint-events.jsonl").toString();

        CliRun none = run("report", "self-assessment", "--period", "1999-00", "--input", events);
        assertEquals(Main.OK, none.code(), none.err());
        assertTrue(none.err().contains("note: No data for this period"), none.err());
        assertTrue(JSON.readTree(none.out()).get("noData").asText().startsWith("No data for this period"), none.out());

        CliRun nope = run("report", "self-assessment", "--period", "2025-26", "--input", events, "--landlord", "NOPE", "--format", "csv");
        assertEquals(Main.OK, nope.code(), nope.err());
        assertTrue(nope.err().contains("note: No data for landlord NOPE"), nope.err());

        CliRun real = run("report", "self-assessment", "--period", "2025-26", "--input", events);
        assertTrue(JSON.readTree(real.out()).get("noData").isNull(), "a year with data: no note");
        assertFalse(real.err().contains("No data"), real.err());
    }

    @Test
    void shouldOfferEachReportOnlyTheSourcesItReads() {
        CliRun tsm = run("report", "tsm", "--help");
        assertEquals(Main.OK, tsm.code(), tsm.err());
        for (String absent : List.of("statements", "--ombudsman-input", "--service-requests-input", "--contacts-input",
                "--surveys-input", "--service-request-targets", "row 1.")) {
            assertFalse(tsm.out().contains(absent), "tsm --help mentions " + absent + ":\n" + tsm.out());
        }
        assertTrue(tsm.out().contains("--input") && tsm.out().contains("--homes"), tsm.out());
        CliRun annual = run("report", "annual", "--help");
        assertTrue(annual.out().contains("--ombudsman-input") && !annual.out().contains("--service-requests-input"), annual.out());
        CliRun selfAssessment = run("report", "self-assessment", "--help");
        assertTrue(selfAssessment.out().contains("--service-requests-input") && !selfAssessment.out().contains("--ombudsman-input"),
                selfAssessment.out());
        CliRun quarter = run("report", "quarter", "--help");
        assertTrue(quarter.out().contains("--ombudsman-input") && !quarter.out().contains("--surveys-input"), quarter.out());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
