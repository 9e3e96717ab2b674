package io.complaintstreams.reporting.selfassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.GeneratedYear;
import io.complaintstreams.reporting.IndependentFigures;
import io.complaintstreams.reporting.IndependentFigures.Complaint;
import io.complaintstreams.reporting.html.SelfAssessmentHtml;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self-assessment evidence for a generated year, against a separate computation from the JSON events. */
class SelfAssessmentTest {
    private static final FinancialYear YEAR = FinancialYear.parse("2025-26");
    private static final Instant GENERATED = Instant.parse("2026-04-10T08:00:00Z");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static List<Complaint> expected;
    private static Map<String, SelfAssessmentRow> rows;

    @BeforeAll
    static void computeBoth() {
        expected = IndependentFigures.complaints(GeneratedYear.complaintEvents());
        SelfAssessment assessment = SelfAssessmentBuilder.standard().build(GeneratedYear.facts(), YEAR, null, null, GENERATED);
        rows = assessment.rows().stream().collect(Collectors.toMap(SelfAssessmentRow::provision, Function.identity()));
    }

    @Test
    void shouldMeasureAcknowledgementsWithinFiveWorkingDaysAtEachStage() {
        for (int stage = 1; stage <= 2; stage++) {
            int s = stage;
            long met = 0;
            List<String> late = new ArrayList<>();
            for (Complaint c : expected) {
                IndependentFigures.Stage st = c.stages()[s];
                LocalDate ack = st.ack != null ? st.ack : st.responded; // a full response is also the acknowledgement
                if (st.start == null || !YEAR.contains(ack)) {
                    continue;
                }
                if (!ack.isAfter(CALENDAR.plusWorkingDays(st.start, 5))) {
                    met++;
                } else {
                    late.add(c.id());
                }
            }
            SelfAssessmentRow row = rows.get(stage == 1 ? "6.2" : "6.11");
            assertEquals(met + late.size(), row.of());
            assertEquals(met, row.count());
            assertEquals(late.size(), row.exceptionCount());
            assertEquals(late.stream().sorted().limit(SelfAssessmentBuilder.MAX_EXCEPTIONS).toList(), row.exceptions());
            assertEquals(late.isEmpty() ? SelfAssessmentRow.YES : SelfAssessmentRow.NO, row.suggestedComply());
        }
        assertTrue(rows.get("6.2").of() > 100, "enough acknowledgements to be a real check");
    }

    @Test
    void shouldFindStage2ReviewsGivenToTheStage1Handler() {
        List<String> same = new ArrayList<>();
        long judged = 0;
        for (Complaint c : expected) {
            if (c.stages()[2].start == null || !YEAR.contains(c.stages()[2].start)) {
                continue;
            }
            String h1 = handler(c, 1);
            String h2 = handler(c, 2);
            if (h1 != null && h2 != null) {
                judged++;
                if (h1.equals(h2)) {
                    same.add(c.id());
                }
            }
        }
        SelfAssessmentRow row = rows.get("6.13");
        assertFalse(same.isEmpty(), "the generator gives a few stage 2 reviews to the stage 1 handler");
        assertEquals(judged, row.of());
        assertEquals(same.stream().sorted().toList(), row.exceptions());
        assertEquals(SelfAssessmentRow.NO, row.suggestedComply());
    }

    @Test
    void shouldCountRefusalsWithReasonsAndThoseOutsideTwelveMonths() {
        long refusals = 0;
        long twelveMonths = 0;
        for (Complaint c : expected) {
            for (int stage = 1; stage <= 2; stage++) {
                int s = stage;
                JsonNode first = c.events().stream().filter(e -> e.get("type").asText().equals("REFUSED") && e.get("stage").asInt() == s)
                        .min((a, b) -> IndependentFigures.date(a).compareTo(IndependentFigures.date(b))).orElse(null);
                if (first != null && YEAR.contains(IndependentFigures.date(first))) {
                    refusals++;
                    twelveMonths += first.path("reason").asText().contains("12-month") ? 1 : 0;
                }
            }
        }
        assertTrue(refusals > 0);
        assertEquals(refusals, rows.get("2.1").of());
        assertEquals(refusals, rows.get("2.1").count(), "the generator records a reason on every refusal");
        assertEquals(twelveMonths, rows.get("2.3").count());
        assertNull(rows.get("2.3").suggestedComply(), "discretion is for a person to judge");
    }

    @Test
    void shouldFlagExtensionsBeyondTheCodeMaximum() {
        for (int stage = 1; stage <= 2; stage++) {
            int s = stage;
            int max = stage == 1 ? 10 : 20;
            List<Complaint> extended = expected.stream().filter(c -> c.stages()[s].start != null && c.stages()[s].extension > 0
                    && YEAR.contains(c.stages()[s].responded)).toList();
            long beyond = extended.stream().filter(c -> c.stages()[s].extension > max).count();
            SelfAssessmentRow row = rows.get(stage == 1 ? "6.4" : "6.15");
            assertEquals(extended.size(), row.of());
            assertEquals(beyond, row.exceptionCount());
        }
    }

    @Test
    void shouldAddTheLandlordsOwnRowsAndKeepTheMeasuredFigure(@TempDir Path statements) throws Exception {
        Files.writeString(statements.resolve(LandlordRows.FILE), """
                provision,requirement,comply,evidence,commentary
                3.1,"Policy is accessible, in plain language",Yes,Policy section 3 on the website,
                6.2,,,Weekly report to the Head of Customer Experience,"Late ones were during a system change, now fixed"
                """);
        SelfAssessment a = SelfAssessmentBuilder.standard().build(GeneratedYear.facts(), YEAR, null, statements, GENERATED);
        Map<String, SelfAssessmentRow> byProvision = a.rows().stream().collect(Collectors.toMap(SelfAssessmentRow::provision, Function.identity()));
        assertEquals(EvidenceSource.LANDLORD_STATEMENT, byProvision.get("3.1").source());
        assertEquals("Yes", byProvision.get("3.1").suggestedComply());
        SelfAssessmentRow measured = byProvision.get("6.2");
        assertEquals(rows.get("6.2").count(), measured.count());
        assertEquals(rows.get("6.2").suggestedComply(), measured.suggestedComply());
        assertTrue(measured.evidence().endsWith("Weekly report to the Head of Customer Experience"));
        List<String> order = a.rows().stream().map(SelfAssessmentRow::provision).toList();
        assertTrue(order.indexOf("2.5") < order.indexOf("3.1") && order.indexOf("6.4") < order.indexOf("6.10")
                && order.indexOf("6.11") < order.indexOf("6.13"), "the Code's order: " + order);
    }

    @Test
    void shouldRefuseALandlordRowWithoutAProvisionNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LandlordRows.parse(new StringReader("provision,evidence\nsix point two,x\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void shouldWriteTheFormsColumnsAsCsvAndEveryRowAsHtml() throws Exception {
        SelfAssessment a = SelfAssessmentBuilder.standard().build(GeneratedYear.facts(), YEAR, null, null, GENERATED);
        String csv = SelfAssessmentCsv.write(a);
        assertTrue(csv.startsWith("\uFEFF"));
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            assertEquals(SelfAssessmentCsv.HEADER, parser.getHeaderNames());
            List<CSVRecord> records = parser.getRecords();
            assertEquals(a.rows().size(), records.size());
            assertEquals(String.valueOf(rows.get("6.13").count()), records.stream().filter(r -> r.get(0).equals("6.13"))
                    .findFirst().orElseThrow().get("Measured"));
        }
        String html = SelfAssessmentHtml.render(a);
        a.rows().forEach(r -> assertTrue(html.contains("<th scope=\"row\">" + r.provision() + "</th>"), r.provision()));
        assertFalse(html.contains("null"));
    }

    private static String handler(Complaint c, int stage) {
        return c.events().stream().filter(e -> e.get("stage").asInt() == stage && e.hasNonNull("handlerId"))
                .map(e -> e.get("handlerId").asText()).reduce((a, b) -> b).orElse(null);
    }
}
