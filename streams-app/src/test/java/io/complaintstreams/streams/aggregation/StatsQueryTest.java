package io.complaintstreams.streams.aggregation;

import static complaintstreams.events.ComplaintEventType.RECEIVED;
import static io.complaintstreams.streams.aggregation.AggregationDriver.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.ComplaintOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stats query over the driver's stores: zero-filled periods, one landlord or all, bad parameters named. */
class StatsQueryTest {

    @Test
    void shouldZeroFillEveryMonthFromApril2025ToMarch2026() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2025-06-10T09:00:00Z");

            StatsReport report = d.query().monthly("2025-04", "2026-03", null);

            assertEquals(12, report.periods().size());
            assertEquals("2025-04", report.periods().get(0).period());
            assertEquals("2026-03", report.periods().get(11).period());
            assertEquals(0L, report.periods().get(0).counters().get("stage1.received"));
            assertEquals(1L, report.periods().get(2).counters().get("stage1.received"));
            assertEquals(0L, report.periods().get(0).counters().get("signals.action.SIGNPOST"));
            assertNull(report.periods().get(0).rates().get("stage1RespondedOnTimePct"));
            assertNull(report.toJson().get("landlordId"));
            assertTrue(report.toJson().containsKey("months"));
        }
    }

    @Test
    void shouldSumLandlordsUnlessOneIsGivenInApril2025() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2025-04-10T09:00:00Z");
            d.complaint(builder("e2", "C2", RECEIVED, 1, "2025-04-11T09:00:00Z").setLandlordId("L2").build());
            d.complaint(builder("e3", "C3", RECEIVED, 1, "2025-05-01T09:00:00Z").setLandlordId("L10").build());

            assertEquals(2L, d.query().monthly("2025-04", "2025-04", null).periods().get(0).counters().get("stage1.received"));
            assertEquals(1L, d.query().monthly("2025-04", "2025-04", "L2").periods().get(0).counters().get("stage1.received"));
            assertEquals(0L, d.query().monthly("2025-04", "2025-04", "L10").periods().get(0).counters().get("stage1.received"));
            assertEquals("L2", d.query().monthly("2025-04", "2025-04", "L2").toJson().get("landlordId"));
        }
    }

    @Test
    void shouldReportWeeksAndCumulativeResponseDaysForWeek14Of2025() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2025-03-31T09:00:00Z");
            d.complaint(AggregationDriver.responded("e2", "C1", 1, "2025-04-02T09:00:00Z", ComplaintOutcome.UPHELD, 20.0));
            d.complaint("f1", "C2", RECEIVED, 1, "2025-03-31T09:00:00Z");
            d.complaint(AggregationDriver.responded("f2", "C2", 1, "2025-04-04T09:00:00Z", ComplaintOutcome.UPHELD, 5.5));

            StatsReport report = d.query().weekly("2025-W13", "2025-W15", null);

            assertEquals(List.of("2025-W13", "2025-W14", "2025-W15"), report.periods().stream().map(PeriodStats::period).toList());
            PeriodStats w14 = report.periods().get(1);
            @SuppressWarnings("unchecked")
            Map<String, Double> cumulative = (Map<String, Double>) w14.respondDays().get("stage1").get("cumulativePct");
            assertEquals(0.0, cumulative.get("1"));
            assertEquals(50.0, cumulative.get("2"));
            assertEquals(100.0, cumulative.get("4"));
            assertEquals(100.0, cumulative.get("20+"));
            assertEquals(25.5, w14.remedyAmountPounds());
            assertTrue(report.toJson().containsKey("weeks"));
        }
    }

    @Test
    void shouldNameTheBadParameter() {
        try (var d = new AggregationDriver()) {
            StatsQuery q = d.query();
            assertEquals("from", assertThrows(BadStatsParameterException.class, () -> q.monthly("2025-4", "2025-05", null)).parameter());
            assertEquals("to", assertThrows(BadStatsParameterException.class, () -> q.monthly("2025-04", "2025-13", null)).parameter());
            assertEquals("to", assertThrows(BadStatsParameterException.class, () -> q.monthly("2025-04", "2025-03", null)).parameter());
            assertEquals("to", assertThrows(BadStatsParameterException.class, () -> q.monthly("2000-01", "2025-03", null)).parameter());
            assertEquals("from", assertThrows(BadStatsParameterException.class, () -> q.weekly("2025-W54", "2025-W20", null)).parameter());
            assertEquals("to", assertThrows(BadStatsParameterException.class, () -> q.weekly("2025-W01", null, null)).parameter());
        }
    }
}
