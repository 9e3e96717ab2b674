package io.complaintstreams.reporting;

import static io.complaintstreams.reporting.IndependentFigures.date;
import static io.complaintstreams.reporting.IndependentFigures.inYear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.reporting.IndependentFigures.Complaint;
import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.reporting.annual.TrendRow;
import io.complaintstreams.reporting.tsm.TsmCalculator;
import io.complaintstreams.reporting.tsm.TsmResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TSM and annual figures for a generated year, against a separate computation from the JSON events. */
class GeneratedYearTest {
    private static final int YEAR = 2025;
    private static final Map<String, Integer> HOMES = Map.of(GeneratedYear.LANDLORD, GeneratedYear.HOMES);
    private static List<Complaint> expected;
    private static AnnualReport report;

    @BeforeAll
    static void computeBoth() {
        expected = IndependentFigures.complaints(GeneratedYear.complaintEvents());
        report = AnnualReportBuilder.standard().build(GeneratedYear.facts(), FinancialYear.parse("2025-26"), HOMES, null, null);
    }

    @Test
    void shouldMatchAnIndependentTsmComputation() {
        TsmResult tsm = TsmCalculator.standard().calculate(GeneratedYear.facts(), FinancialYear.parse("2025-26"), HOMES, GeneratedYear.LANDLORD);
        for (int stage = 1; stage <= 2; stage++) {
            int s = stage;
            long complaints = expected.stream().filter(c -> inYear(c.stages()[s].start, YEAR)).count();
            List<Complaint> responded = expected.stream().filter(c -> c.stages()[s].start != null && inYear(c.stages()[s].responded, YEAR)).toList();
            long within = responded.stream().filter(c -> c.stages()[s].withinTimescale(s)).count();
            assertTrue(responded.size() > (stage == 1 ? 100 : 10), "enough responses to be a real check");
            assertEquals(complaints, stage == 1 ? tsm.stage1Complaints() : tsm.stage2Complaints());
            assertEquals(IndependentFigures.per1000(complaints, GeneratedYear.HOMES), stage == 1 ? tsm.ch01Stage1Per1000() : tsm.ch01Stage2Per1000());
            assertEquals(IndependentFigures.pct(within, responded.size()),
                    stage == 1 ? tsm.ch02Stage1WithinTimescalePct() : tsm.ch02Stage2WithinTimescalePct());
        }
        assertEquals(tsm, report.tsm().landlordId() == null ? withLandlord(report.tsm()) : report.tsm());
    }

    @Test
    void shouldMatchIndependentOutcomesRefusalsAndRemedies() {
        for (int stage = 1; stage <= 2; stage++) {
            int s = stage;
            Map<String, Long> outcomes = new TreeMap<>();
            expected.stream().filter(c -> c.stages()[s].start != null && inYear(c.stages()[s].responded, YEAR))
                    .forEach(c -> outcomes.merge(c.stages()[s].outcome == null ? "NOT_RECORDED" : c.stages()[s].outcome, 1L, Long::sum));
            Map<String, Long> actual = new TreeMap<>(stage == 1 ? report.outcomes().stage1() : report.outcomes().stage2());
            actual.values().removeIf(v -> v == 0);
            assertEquals(outcomes, actual);
        }
        long refusals = expected.stream().filter(c -> c.events().stream()
                .anyMatch(e -> e.get("type").asText().equals("REFUSED") && inYear(date(e), YEAR))).count();
        assertEquals(refusals, report.refusals().total());
        assertTrue(refusals > 0);

        long remedies = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Complaint c : expected) {
            JsonNode last = c.events().stream().filter(e -> e.has("remedyAmount"))
                    .reduce((a, b) -> date(b).isBefore(date(a)) ? a : b).orElse(null);
            if (last != null && inYear(date(last), YEAR)) {
                remedies++;
                total = total.add(last.get("remedyAmount").decimalValue());
            }
        }
        assertEquals(remedies, report.remedies().count());
        assertEquals(0, total.compareTo(report.remedies().total()));
    }

    @Test
    void shouldMatchIndependentVolumesThemesAndEscalationRate() {
        long s1 = expected.stream().filter(c -> inYear(c.stages()[1].start, YEAR)).count();
        long s2 = expected.stream().filter(c -> inYear(c.stages()[2].start, YEAR)).count();
        assertEquals(s1, report.volumes().stage1());
        assertEquals(s2, report.volumes().stage2());
        assertEquals(s1, report.volumes().byMonth().stream().mapToLong(m -> m.stage1()).sum());
        assertEquals(12, report.volumes().byMonth().size());
        assertEquals(IndependentFigures.pct(s2, s1), report.escalations().ratePct());

        Map<String, Long> themes = new TreeMap<>();
        expected.stream().filter(c -> inYear(c.stages()[1].start, YEAR))
                .forEach(c -> c.events().stream().flatMap(e -> toList(e.path("themes")).stream()).distinct()
                        .forEach(t -> themes.merge(t, 1L, Long::sum)));
        Map<String, Long> actual = new TreeMap<>();
        report.themes().forEach(t -> actual.put(t.name(), t.count()));
        assertEquals(themes, actual);
        // The generated data starts on 1 April 2025: the previous year has no data (not 0), so no theme is said to rise.
        assertTrue(report.themes().stream().allMatch(t -> t.previousYear() == null && t.change() == null));
        assertTrue(report.risingThemes().isEmpty());
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static TsmResult withLandlord(TsmResult t) {
        return new TsmResult(t.period(), t.homes(), t.stage1Complaints(), t.stage2Complaints(), t.ch01Stage1Per1000(),
                t.ch01Stage2Per1000(), t.ch02Stage1WithinTimescalePct(), t.ch02Stage2WithinTimescalePct(), GeneratedYear.LANDLORD,
                t.stage1Responses(), t.stage1ResponsesWithinTimescale(), t.stage2Responses(), t.stage2ResponsesWithinTimescale(), t.byTenure(), t.landlordsWithoutHomes());
    }
}
