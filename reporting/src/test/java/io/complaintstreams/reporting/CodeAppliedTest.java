package io.complaintstreams.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.reporting.html.AnnualReportHtml;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15 item 5: the reports say which edition of the Code judged the complaints they count. */
class CodeAppliedTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shouldJudgeAStage2ResponseToAComplaintReceivedBeforeApril2024ByThe2022Code() {
        // received 2024-03-25 (2022 Code), escalated 2024-04-03, acknowledged 2024-04-10, responded 2024-05-03:
        // 2022: respondBy = 2024-04-03 + 20 working days = 2024-05-01 -> late;
        // 2024 reading would be 2024-04-10 + 20 = 2024-05-09 (6 May a bank holiday) -> on time.
        var old = Facts.complaint("OLD").on(FactType.RECEIVED, 1, d("2024-03-25")).on(FactType.ACKNOWLEDGED, 1, d("2024-03-26"))
                .responded(1, d("2024-03-28"), "NOT_UPHELD", null).on(FactType.ESCALATED, 2, d("2024-04-03"))
                .on(FactType.ACKNOWLEDGED, 2, d("2024-04-10")).responded(2, d("2024-05-03"), "NOT_UPHELD", null);
        var recent = Facts.complaint("NEW").on(FactType.RECEIVED, 1, d("2024-04-15")).on(FactType.ACKNOWLEDGED, 1, d("2024-04-16"))
                .responded(1, d("2024-04-25"), "UPHELD", null);
        var records = ComplaintRecords.standard().of(List.of(old.facts(), recent.facts()), d("2025-03-31"));
        ComplaintRecord oldRecord = records.stream().filter(r -> r.complaintId().equals("OLD")).findFirst().orElseThrow();
        assertEquals("2022", oldRecord.code());
        assertEquals(d("2024-05-01"), oldRecord.stage2().respondBy());
        assertEquals(Boolean.FALSE, oldRecord.stage2().respondedOnTime());

        AnnualReport report = AnnualReportBuilder.standard().build(List.of(old.facts(), recent.facts()), FinancialYear.parse("2024-25"),
                Map.of(), null, null, Instant.parse("2025-04-02T09:00:00Z"));
        assertEquals(List.of(new CodeApplied("2022", "Complaint Handling Code (March 2022)", "2022-04-01", 1),
                new CodeApplied("2024", "Complaint Handling Code (statutory, 1 April 2024)", "2024-04-01", 1)), report.codeApplied());
        assertEquals(1L, report.tsm().stage2Responses());
        assertEquals(0L, report.tsm().stage2ResponsesWithinTimescale());
        String html = AnnualReportHtml.render(report);
        assertTrue(html.contains("Judged by the Complaint Handling Code (March 2022) (1 complaint) and the Complaint Handling Code "
                + "(statutory, 1 April 2024) (1 complaint)"), html);
    }
}
