package io.complaintstreams.reporting.tsm;

import static io.complaintstreams.domain.complaint.FactType.ACKNOWLEDGED;
import static io.complaintstreams.domain.complaint.FactType.ESCALATED;
import static io.complaintstreams.domain.complaint.FactType.RECEIVED;
import static io.complaintstreams.domain.complaint.FactType.RESPONDED;
import static io.complaintstreams.domain.complaint.FactType.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.reporting.Facts;
import io.complaintstreams.reporting.FinancialYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsmCalculatorTest {
    private static final FinancialYear YEAR = FinancialYear.parse("2025-26");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private final TsmCalculator calculator = TsmCalculator.standard();

    @Test
    void shouldDateReceiptsByTheLondonDayAroundBritishSummerTime() {
        List<List<ComplaintFact>> complaints = List.of(
                // 23:30 UTC on 31 March 2025 is 00:30 BST on 1 April: inside.
                Facts.complaint("in-start").at(RECEIVED, 1, Instant.parse("2025-03-31T23:30:00Z")).facts(),
                // 22:30 UTC on 31 March 2025 is 23:30 BST on 31 March: outside.
                Facts.complaint("before").at(RECEIVED, 1, Instant.parse("2025-03-31T22:30:00Z")).facts(),
                // 22:59 UTC on 31 March 2026 is 23:59 BST on 31 March (BST from 29 March 2026): inside.
                Facts.complaint("in-end").at(RECEIVED, 1, Instant.parse("2026-03-31T22:59:00Z")).facts(),
                // 23:00 UTC on 31 March 2026 is midnight BST on 1 April: outside.
                Facts.complaint("after").at(RECEIVED, 1, Instant.parse("2026-03-31T23:00:00Z")).facts());

        TsmResult tsm = calculator.calculate(complaints, YEAR, Map.of("LL-1", 1000), null);

        assertEquals(2, tsm.stage1Complaints());
        assertEquals(new BigDecimal("2.0"), tsm.ch01Stage1Per1000());
    }

    @Test
    void shouldCapTheExtensionAtTheCodeMaximumForCh02() {
        LocalDate received = LocalDate.of(2025, 6, 2);
        LocalDate acknowledged = LocalDate.of(2025, 6, 3);
        // 10 response days + at most 10 extension days count, although 15 were granted.
        LocalDate cappedRespondBy = CALENDAR.plusWorkingDays(acknowledged, 20);
        List<List<ComplaintFact>> complaints = List.of(
                stage1("on-capped-date", received, acknowledged, 15, cappedRespondBy),
                stage1("day-after-cap", received, acknowledged, 15, CALENDAR.plusWorkingDays(cappedRespondBy, 1)));

        TsmResult tsm = calculator.calculate(complaints, YEAR, Map.of(), null);

        assertEquals(2, tsm.stage1Responses());
        assertEquals(1, tsm.stage1ResponsesWithinTimescale());
        assertEquals(new BigDecimal("50.0"), tsm.ch02Stage1WithinTimescalePct());
    }

    @Test
    void shouldNotCountResponsesAcknowledgedLate() {
        LocalDate received = LocalDate.of(2025, 6, 2);
        LocalDate lateAck = CALENDAR.plusWorkingDays(received, 6);
        List<List<ComplaintFact>> complaints = List.of(stage1("late-ack", received, lateAck, 0, CALENDAR.plusWorkingDays(lateAck, 1)));

        assertEquals(new BigDecimal("0.0"), calculator.calculate(complaints, YEAR, Map.of(), null).ch02Stage1WithinTimescalePct());
    }

    @Test
    void shouldKeepRefusedAndWithdrawnComplaintsInTheCounts() {
        LocalDate day = LocalDate.of(2025, 9, 1);
        List<List<ComplaintFact>> complaints = List.of(
                Facts.complaint("refused").on(RECEIVED, 1, day).refused(1, day.plusDays(2), "outside 12-month time limit").facts(),
                Facts.complaint("s2-refused").on(RECEIVED, 1, day).responded(1, day.plusDays(7), "NOT_UPHELD", null)
                        .on(ESCALATED, 2, day.plusDays(14)).refused(2, day.plusDays(15), "already considered").facts(),
                Facts.complaint("s2-withdrawn").on(RECEIVED, 1, day).on(ESCALATED, 2, day.plusDays(3))
                        .on(WITHDRAWN, 2, day.plusDays(4)).facts());

        TsmResult tsm = calculator.calculate(complaints, YEAR, Map.of("LL-1", 3000, "LL-2", 1000), null);

        assertEquals(3, tsm.stage1Complaints());
        assertEquals(2, tsm.stage2Complaints());
        assertEquals(4000, tsm.homes());
        assertEquals(new BigDecimal("0.8"), tsm.ch01Stage1Per1000()); // 3 / 4000 x 1000 = 0.75
        assertEquals(new BigDecimal("0.5"), tsm.ch01Stage2Per1000());
        assertNull(tsm.ch02Stage2WithinTimescalePct(), "no stage 2 response");
    }

    @Test
    void shouldNameTheLandlordsCountedWithoutConfiguredHomes() {
        LocalDate day = LocalDate.of(2025, 6, 2);
        List<List<ComplaintFact>> complaints = List.of(Facts.complaint("c1").on(RECEIVED, 1, day).facts());

        TsmResult missing = calculator.calculate(complaints, YEAR, Map.of("LL-2", 1000), null);
        assertEquals(List.of("LL-1"), missing.landlordsWithoutHomes());
        assertEquals(new BigDecimal("1.0"), missing.ch01Stage1Per1000(), "still the contract's arithmetic: 1 / 1000 x 1000");

        assertEquals(List.of(), calculator.calculate(complaints, YEAR, Map.of("LL-1", 1000), null).landlordsWithoutHomes());
        assertEquals(List.of(), calculator.calculate(complaints, YEAR.previous(), Map.of(), null).landlordsWithoutHomes(),
                "only landlords with a complaint in the period");
    }

    @Test
    void shouldRoundHalfUpToOneDecimal() {
        LocalDate received = LocalDate.of(2025, 5, 1);
        LocalDate acknowledged = LocalDate.of(2025, 5, 2);
        List<List<ComplaintFact>> complaints = new ArrayList<>();
        complaints.add(stage1("c0", received, acknowledged, 0, CALENDAR.plusWorkingDays(acknowledged, 10)));
        for (int i = 1; i < 16; i++) {
            complaints.add(stage1("c" + i, received, acknowledged, 0, CALENDAR.plusWorkingDays(acknowledged, 11)));
        }

        // 1 of 16 = 6.25% (half-even would give 6.2); 16 / 12800 x 1000 = 1.25 per 1,000.
        TsmResult tsm = calculator.calculate(complaints, YEAR, Map.of("LL-1", 12800), null);

        assertEquals(new BigDecimal("6.3"), tsm.ch02Stage1WithinTimescalePct());
        assertEquals(new BigDecimal("1.3"), tsm.ch01Stage1Per1000());
    }

    @Test
    void shouldGiveNullsWhenNoResponsesAndNoHomes() {
        List<List<ComplaintFact>> complaints = List.of(Facts.complaint("open").on(RECEIVED, 1, LocalDate.of(2025, 7, 1)).facts());

        TsmResult tsm = calculator.calculate(complaints, YEAR, Map.of("LL-1", 0), null);

        assertEquals(1, tsm.stage1Complaints());
        assertNull(tsm.ch01Stage1Per1000());
        assertNull(tsm.ch02Stage1WithinTimescalePct());
        assertNull(calculator.calculate(complaints, YEAR, Map.of(), "LL-1").homes());
    }

    @Test
    void shouldCountOnlyResponsesDatedInThePeriod() {
        LocalDate received = LocalDate.of(2026, 3, 20);
        List<List<ComplaintFact>> complaints = List.of(stage1("late-march", received, LocalDate.of(2026, 3, 23), 0, LocalDate.of(2026, 4, 2)));

        TsmResult thisYear = calculator.calculate(complaints, YEAR, Map.of(), null);
        TsmResult nextYear = calculator.calculate(complaints, FinancialYear.parse("2026-27"), Map.of(), null);

        assertEquals(1, thisYear.stage1Complaints());
        assertEquals(0, thisYear.stage1Responses());
        assertEquals(0, nextYear.stage1Complaints());
        assertEquals(new BigDecimal("100.0"), nextYear.ch02Stage1WithinTimescalePct());
    }

    @Test
    void shouldSplitByTenureAndFilterByLandlord() {
        LocalDate day = LocalDate.of(2025, 10, 1);
        List<ComplaintFact> other = List.of(ComplaintFact.builder("x-0", RECEIVED, 1, Facts.noon(day)).complaint("x", "LL-2", "R-x").build());
        List<List<ComplaintFact>> complaints = List.of(
                Facts.complaint("a", "LCRA").on(RECEIVED, 1, day).facts(),
                Facts.complaint("b", "LCRA").on(RECEIVED, 1, day).facts(),
                Facts.complaint("c", "LCHO").on(RECEIVED, 1, day).on(ESCALATED, 2, day.plusDays(20)).facts(),
                other);

        TsmResult tsm = calculator.calculate(complaints, YEAR, Map.of("LL-1", 500, "LL-2", 100), "LL-1");

        assertEquals(3, tsm.stage1Complaints());
        assertEquals(500, tsm.homes());
        assertEquals(2, tsm.byTenure().get("LCRA").stage1Complaints());
        assertEquals(1, tsm.byTenure().get("LCHO").stage2Complaints());
        assertEquals(java.util.Set.of("LCRA", "LCHO"), tsm.byTenure().keySet());
    }

    private static List<ComplaintFact> stage1(String id, LocalDate received, LocalDate acknowledged, int extension, LocalDate responded) {
        Facts f = Facts.complaint(id).on(RECEIVED, 1, received).on(ACKNOWLEDGED, 1, acknowledged);
        if (extension > 0) {
            f.extended(1, acknowledged.plusDays(1), extension);
        }
        return f.on(RESPONDED, 1, responded).facts();
    }

    @Test
    void shouldCountAResponseWithoutAcknowledgementAsAcknowledgedOnItsDate() {
        // Received Mon 2 June 2025, answered in full Wed 4 June, no ACKNOWLEDGED: within timescale (CONTRACTS 6).
        LocalDate received = LocalDate.of(2025, 6, 2);
        List<List<ComplaintFact>> complaints = List.of(
                Facts.complaint("answered-in-full").on(RECEIVED, 1, received).responded(1, received.plusDays(2), "UPHELD", null).facts(),
                // Answered on the 6th working day: the implied acknowledgement is late.
                Facts.complaint("answered-late").on(RECEIVED, 1, received)
                        .responded(1, CALENDAR.plusWorkingDays(received, 6), "UPHELD", null).facts());

        TsmResult tsm = calculator.calculate(complaints, YEAR, Map.of(), null);

        assertEquals(2, tsm.stage1Responses());
        assertEquals(1, tsm.stage1ResponsesWithinTimescale());
        assertEquals(new BigDecimal("50.0"), tsm.ch02Stage1WithinTimescalePct());
    }
}
