package io.complaintstreams.streams.aggregation;

import static complaintstreams.events.ComplaintEventType.ACKNOWLEDGED;
import static complaintstreams.events.ComplaintEventType.ESCALATED;
import static complaintstreams.events.ComplaintEventType.EXTENDED;
import static complaintstreams.events.ComplaintEventType.RECEIVED;
import static complaintstreams.events.ComplaintEventType.REFUSED;
import static io.complaintstreams.streams.aggregation.AggregationDriver.builder;
import static io.complaintstreams.streams.aggregation.AggregationDriver.responded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import complaintstreams.events.ComplaintOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Complaint aggregates, each scenario dated (bank holidays 2025: Good Friday 18 April, Easter Monday 21 April).
 * Received Tue 1 April: acknowledge by Tue 8 April.
 */
class ComplaintAggregatesTest {

    @Test
    void shouldCountReceiptAcknowledgementAndResponseInTheMonthAndWeekEachHappened() {
        try (var d = new AggregationDriver()) {
            d.complaint(builder("e1", "C1", RECEIVED, 1, "2025-04-01T09:00:00Z").setCategory("repairs")
                    .setThemes(List.of("damp_mould", "repairs")).build());
            d.complaint("e2", "C1", ACKNOWLEDGED, 1, "2025-04-03T09:00:00Z");
            // respond by 17 April (3 April + 10 working days); responded 15 April, 10 working days after receipt
            d.complaint(responded("e3", "C1", 1, "2025-04-15T09:00:00Z", ComplaintOutcome.PARTLY_UPHELD, 150.25));

            assertEquals(1, d.month("2025-04", "stage1.received"));
            assertEquals(1, d.month("2025-04", "stage1.acknowledgedOnTime"));
            assertEquals(0, d.month("2025-04", "stage1.acknowledgedLate"));
            assertEquals(1, d.month("2025-04", "stage1.respondedOnTime"));
            assertEquals(1, d.month("2025-04", "stage1.respondedWithinTimescale"));
            assertEquals(1, d.month("2025-04", "stage1.outcome.PARTLY_UPHELD"));
            assertEquals(1, d.month("2025-04", "stage1.respondDays.10"));
            assertEquals(1, d.month("2025-04", "remedies.count"));
            assertEquals(15025, d.month("2025-04", "remedies.amountPence"));
            assertEquals(1, d.month("2025-04", "complaints.theme.damp_mould"));
            assertEquals(1, d.month("2025-04", "complaints.category.repairs"));
            assertEquals(1, d.week("2025-W14", "stage1.received"));
            assertEquals(1, d.week("2025-W16", "stage1.respondedOnTime"));
        }
    }

    @Test
    void shouldCountLateAcknowledgementInAprilAndLateResponseInMay() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2025-04-01T09:00:00Z");
            d.complaint("e2", "C1", ACKNOWLEDGED, 1, "2025-04-10T09:00:00Z");
            // respond by 28 April (10 April + 10 working days, Easter skipped); responded 6 May
            d.complaint(responded("e3", "C1", 1, "2025-05-06T09:00:00Z", ComplaintOutcome.UPHELD, null));

            assertEquals(1, d.month("2025-04", "stage1.acknowledgedLate"));
            assertEquals(1, d.month("2025-05", "stage1.respondedLate"));
            assertEquals(0, d.month("2025-05", "stage1.respondedOnTime"));
            assertEquals(1, d.month("2025-05", "stage1.outcome.UPHELD"));
            assertEquals(0, d.month("2025-05", "remedies.count"));
        }
    }

    @Test
    void shouldLandReceiptArrivingTenMonthsLateInApril2025() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2026-02-10T09:00:00Z");
            d.complaint("e2", "C-LATE", RECEIVED, 1, "2025-04-10T09:00:00Z");
            d.complaint("e3", "C-LATE", ACKNOWLEDGED, 1, "2025-04-11T09:00:00Z");

            assertEquals(1, d.month("2025-04", "stage1.received"));
            assertEquals(1, d.month("2025-04", "stage1.acknowledgedOnTime"));
            assertEquals(1, d.month("2026-02", "stage1.received"));
            assertEquals(1, d.week("2025-W15", "stage1.received"));
        }
    }

    @Test
    void shouldCountRepeatedEventOnceWhenSentTwiceOnTheSameDay() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2025-04-01T09:00:00Z");
            d.complaint("e1", "C1", RECEIVED, 1, "2025-04-01T09:00:00Z");
            d.complaint("e2", "C1", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z");
            d.complaint("e2", "C1", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z");

            assertEquals(1, d.month("2025-04", "stage1.received"));
            assertEquals(1, d.month("2025-04", "stage1.acknowledgedOnTime"));
        }
    }

    @Test
    void shouldTurnLateAcknowledgementIntoOnTimeWhenTheEarlierAcknowledgementArrivesLate() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2025-03-31T09:00:00Z");
            d.complaint("e2", "C1", ACKNOWLEDGED, 1, "2025-05-01T09:00:00Z");
            assertEquals(1, d.month("2025-05", "stage1.acknowledgedLate"));

            // the CRM back-fills the real acknowledgement, made on 2 April, a month later
            d.complaint("e3", "C1", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z");

            assertEquals(0, d.month("2025-05", "stage1.acknowledgedLate"));
            assertEquals(1, d.month("2025-04", "stage1.acknowledgedOnTime"));
            assertEquals(1, d.month("2025-03", "stage1.received"));
            assertEquals(null, d.monthly().get(Periods.key("2025-05", AggregationDriver.LANDLORD)), "empty aggregates are deleted");
        }
    }

    @Test
    void shouldCountEscalationsAgainstStage1ResponsesInApril() {
        try (var d = new AggregationDriver()) {
            for (String c : List.of("C1", "C2")) {
                d.complaint(c + "r", c, RECEIVED, 1, "2025-04-01T09:00:00Z");
                d.complaint(responded(c + "s", c, 1, "2025-04-07T09:00:00Z", ComplaintOutcome.NOT_UPHELD, null));
            }
            d.complaint("C1e", "C1", ESCALATED, 2, "2025-04-09T09:00:00Z");
            d.complaint("C1a", "C1", ACKNOWLEDGED, 2, "2025-04-24T09:00:00Z");

            assertEquals(2, d.month("2025-04", "stage1.respondedOnTime"));
            assertEquals(2, d.month("2025-04", "stage1.outcome.NOT_UPHELD"));
            assertEquals(1, d.month("2025-04", "stage2.received"));
            // escalated Wed 9 April: acknowledge by 16 April; acknowledged 24 April is late
            assertEquals(1, d.month("2025-04", "stage2.acknowledgedLate"));
            var april = d.query().monthly("2025-04", "2025-04", null).periods().get(0);
            assertEquals(50.0, april.rates().get("escalationRatePct"));
        }
    }

    @Test
    void shouldCountRefusalByReasonAndExtensionBeyondCodeOnTheirDates() {
        try (var d = new AggregationDriver()) {
            d.complaint("a1", "C1", RECEIVED, 1, "2025-04-01T09:00:00Z");
            d.complaint(builder("a2", "C1", REFUSED, 1, "2025-04-02T09:00:00Z").setReason("outside time limit").build());
            d.complaint("b1", "C2", RECEIVED, 1, "2025-04-01T09:00:00Z");
            d.complaint("b2", "C2", ACKNOWLEDGED, 1, "2025-04-02T09:00:00Z");
            d.complaint(builder("b3", "C2", EXTENDED, 1, "2025-05-01T09:00:00Z").setExtensionWorkingDays(12).build());
            d.complaint(builder("c1", "C3", RECEIVED, 1, "2025-05-01T09:00:00Z").build());
            d.complaint(builder("c2", "C3", EXTENDED, 1, "2025-05-02T09:00:00Z").setExtensionWorkingDays(5).build());

            assertEquals(1, d.month("2025-04", "stage1.refused"));
            assertEquals(1, d.month("2025-04", "refusals.reason.outside time limit"));
            assertEquals(2, d.month("2025-05", "stage1.extended"));
            assertEquals(1, d.month("2025-05", "stage1.extensionBeyondCode"));
            assertEquals(1, d.month("2025-05", "stage1.extensionCompliant"));
        }
    }

    @Test
    void shouldBucketResponsesAfterTwentyWorkingDaysTogether() {
        try (var d = new AggregationDriver()) {
            d.complaint("e1", "C1", RECEIVED, 1, "2025-04-01T09:00:00Z");
            d.complaint(responded("e2", "C1", 1, "2025-06-02T09:00:00Z", ComplaintOutcome.UPHELD, null));
            d.complaint("f1", "C2", RECEIVED, 1, "2025-06-02T09:00:00Z");
            d.complaint(responded("f2", "C2", 1, "2025-06-02T15:00:00Z", ComplaintOutcome.UPHELD, null));

            assertEquals(1, d.month("2025-06", "stage1.respondDays.20+"));
            assertEquals(1, d.month("2025-06", "stage1.respondDays.0"));
        }
    }
}
