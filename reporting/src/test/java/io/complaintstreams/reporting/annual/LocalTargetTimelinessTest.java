package io.complaintstreams.reporting.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.complaintstreams.domain.complaint.FactType;
import io.complaintstreams.domain.deadline.LocalStageTarget;
import io.complaintstreams.domain.deadline.LocalTargets;
import io.complaintstreams.reporting.Facts;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.quarter.FinancialQuarter;
import io.complaintstreams.reporting.quarter.QuarterPack;
import io.complaintstreams.reporting.quarter.QuarterPackBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalTargetTimelinessTest {
    // Local target: acknowledge stage 1 within 3 working days; no local response target.
    private static final LocalTargets ACK_IN_THREE = new LocalTargets(new LocalStageTarget(3, null), null);

    @Test
    void shouldJudgeOnlyTheMeasuresTheLandlordSetATargetFor() {
        // received Tue 3 June 2025: 3 working days = Fri 6 June; the Code's 5 = Tue 10 June
        var onTime = Facts.complaint("A").on(FactType.RECEIVED, 1, LocalDate.of(2025, 6, 3))
                .on(FactType.ACKNOWLEDGED, 1, LocalDate.of(2025, 6, 6)).responded(1, LocalDate.of(2025, 6, 13), "UPHELD", null);
        var lateLocally = Facts.complaint("B").on(FactType.RECEIVED, 1, LocalDate.of(2025, 6, 3))
                .on(FactType.ACKNOWLEDGED, 1, LocalDate.of(2025, 6, 9)).responded(1, LocalDate.of(2025, 6, 13), "UPHELD", null);

        AnnualReport report = AnnualReportBuilder.withLocalTargets(ACK_IN_THREE)
                .build(List.of(onTime.facts(), lateLocally.facts()), FinancialYear.parse("2025-26"), Map.of("LL-1", 100), null, null);

        StageTimeliness stage1 = report.timeliness().stage1();
        assertEquals(new BigDecimal("100.0"), stage1.acknowledgedOnTimePct(), "both on time against the Code");
        assertEquals(new BigDecimal("50.0"), stage1.local().acknowledgedOnTimePct(), "one of two within the local 3 days");
        assertNull(stage1.local().respondedOnTimePct(), "no local response target: not judged");
        assertNull(report.timeliness().stage2().local().acknowledgedOnTimePct());
    }

    @Test
    void shouldCountAResponseWithoutAcknowledgementAsAnAcknowledgementOnItsDate() {
        // Received Mon 2 June 2025, answered in full Wed 4 June with no ACKNOWLEDGED.
        var answered = Facts.complaint("C").on(FactType.RECEIVED, 1, LocalDate.of(2025, 6, 2))
                .responded(1, LocalDate.of(2025, 6, 4), "UPHELD", null);

        AnnualReport report = AnnualReportBuilder.withLocalTargets(ACK_IN_THREE)
                .build(List.of(answered.facts()), FinancialYear.parse("2025-26"), Map.of("LL-1", 100), null, null);

        StageTimeliness stage1 = report.timeliness().stage1();
        assertEquals(1, stage1.acknowledgements());
        assertEquals(new BigDecimal("100.0"), stage1.acknowledgedOnTimePct());
        assertEquals(new BigDecimal("100.0"), stage1.withinTimescalePct());
        assertEquals(new BigDecimal("100.0"), stage1.local().acknowledgedOnTimePct(), "4 June is within the local 3 days");
    }

    @Test
    void shouldJudgeTheQuarterlyPackAgainstTheSameLocalTargetsAsTheAnnualReport() {
        var onTime = Facts.complaint("A").on(FactType.RECEIVED, 1, LocalDate.of(2025, 6, 3))
                .on(FactType.ACKNOWLEDGED, 1, LocalDate.of(2025, 6, 6)).responded(1, LocalDate.of(2025, 6, 13), "UPHELD", null);
        var lateLocally = Facts.complaint("B").on(FactType.RECEIVED, 1, LocalDate.of(2025, 6, 3))
                .on(FactType.ACKNOWLEDGED, 1, LocalDate.of(2025, 6, 9)).responded(1, LocalDate.of(2025, 6, 13), "UPHELD", null);
        var complaints = List.of(onTime.facts(), lateLocally.facts());

        QuarterPack withTargets = QuarterPackBuilder.withLocalTargets(ACK_IN_THREE)
                .build(complaints, FinancialQuarter.parse("2025-26-Q1"), Map.of("LL-1", 100), null, null, Instant.EPOCH);
        assertEquals("Supplied", withTargets.timeliness().localTargets());
        assertEquals(new BigDecimal("50.0"), withTargets.timeliness().stage1().local().acknowledgedOnTimePct());

        QuarterPack without = QuarterPackBuilder.standard()
                .build(complaints, FinancialQuarter.parse("2025-26-Q1"), Map.of("LL-1", 100), null, null, Instant.EPOCH);
        assertEquals("Not supplied", without.timeliness().localTargets());
        assertNull(without.timeliness().stage1().local());
    }
}
