package io.complaintstreams.reporting.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.reporting.Facts;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.ReportJson;
import io.complaintstreams.reporting.html.AnnualReportHtml;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report with no data for its period or landlord says so ({@code noData}); a report of real figures does not. */
class AnnualNoDataTest {
    private static final List<List<io.complaintstreams.domain.complaint.ComplaintFact>> ONE_IN_2025 = List.of(
            Facts.complaint("A").on(FactType.RECEIVED, 1, LocalDate.of(2025, 6, 3))
                    .responded(1, LocalDate.of(2025, 6, 13), "UPHELD", null).facts());

    private static AnnualReport build(String period, String landlordId) {
        return AnnualReportBuilder.standard().build(ONE_IN_2025, FinancialYear.parse(period), Map.of("LL-1", 100), landlordId, null);
    }

    @Test
    void shouldSayNoDataForAPeriodWithNoEventBeforeOrAfterTheData() {
        for (String period : List.of("2031-32", "1999-00")) {
            AnnualReport report = build(period, null);
            assertEquals(0, report.tsm().stage1Complaints());
            assertTrue(report.noData().startsWith("No data for this period"), report.noData());
            assertEquals(report.noData(), readNoData(report), "in the JSON");
            assertTrue(AnnualReportHtml.render(report).contains("No data for this period"), "on the page");
        }
    }

    private static String readNoData(AnnualReport report) {
        try {
            return ReportJson.mapper().readTree(ReportJson.write(report)).get("noData").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldSayNoDataForALandlordNoEventNames() {
        AnnualReport report = build("2025-26", "NOPE");
        assertTrue(report.noData().startsWith("No data for landlord NOPE"), report.noData());
        assertTrue(AnnualReportHtml.render(report).contains("No data for landlord NOPE"));
    }

    @Test
    void shouldKeepAReportOfRealFiguresAsItIs() {
        AnnualReport report = build("2025-26", "LL-1");
        assertNull(report.noData());
        assertEquals(1, report.tsm().stage1Complaints());
        assertFalse(AnnualReportHtml.render(report).contains("No data"));

        AnnualReport zeroNextYear = AnnualReportBuilder.standard().build(List.of(Facts.complaint("B")
                        .on(FactType.RECEIVED, 1, LocalDate.of(2025, 3, 20)).responded(1, LocalDate.of(2025, 4, 2), "UPHELD", null).facts()),
                FinancialYear.parse("2025-26"), Map.of("LL-1", 100), null, null);
        assertEquals(0, zeroNextYear.tsm().stage1Complaints(), "no complaint received in the year: a real zero");
        assertNull(zeroNextYear.noData(), "an event (the response) is dated in the year: data, not none");
    }

    @Test
    void shouldSayThePreviousYearHasNoDataInsteadOfAMeasuredZero() throws Exception {
        AnnualReport report = build("2025-26", null);
        assertEquals(1, report.volumes().stage1());
        assertNull(report.volumes().previousYearStage1(), "2024-25 has no event: no data, not 0");
        assertNull(report.volumes().previousYearStage2());
        TrendRow category = report.categories().get(0);
        assertNull(category.previousYear());
        assertNull(category.change());
        assertTrue(report.risingThemes().isEmpty(), "nothing rose from a year with no data");
        var json = ReportJson.mapper().readTree(ReportJson.write(report));
        assertTrue(json.get("volumes").get("previousYearStage1").isNull(), json.get("volumes").toString());

        String html = AnnualReportHtml.render(report);
        String volumes = html.substring(html.indexOf("<h2>Volumes</h2>"), html.indexOf("</table>", html.indexOf("<h2>Volumes</h2>")));
        assertEquals(2, volumes.split("no data", -1).length - 1, "stage 1 and 2 of the previous year say no data, not 0: " + volumes);
        assertTrue(html.contains("The previous year has no data"), "the rising themes say why there are none");
        assertFalse(html.contains("Last year</"), "no 'last year' bars of zeros");
    }

    @Test
    void shouldKeepAMeasuredZeroForAPreviousYearWithData() {
        AnnualReport report = build("2026-27", null);
        assertEquals(1L, report.volumes().previousYearStage1(), "2025-26 has the complaint");
        assertEquals(0L, report.volumes().previousYearStage2(), "and no escalation: a real 0");
        assertEquals(-1L, report.categories().get(0).change());
    }

    @Test
    void shouldSayNoDataForAQuarterWithNoEventAndNothingForOneWithData() {
        var builder = io.complaintstreams.reporting.quarter.QuarterPackBuilder.standard();
        var empty = builder.build(ONE_IN_2025, io.complaintstreams.reporting.quarter.FinancialQuarter.parse("2025-26-Q3"),
                Map.of("LL-1", 100), null, null, java.time.Instant.now());
        assertTrue(empty.noData().startsWith("No data for this period"), empty.noData());
        assertTrue(io.complaintstreams.reporting.html.QuarterPackHtml.render(empty).contains("No data for this period"));
        assertNull(builder.build(ONE_IN_2025, io.complaintstreams.reporting.quarter.FinancialQuarter.parse("2025-26-Q1"),
                Map.of("LL-1", 100), null, null, java.time.Instant.now()).noData());
    }
}
