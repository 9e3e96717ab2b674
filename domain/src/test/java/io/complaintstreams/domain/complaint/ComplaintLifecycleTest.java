package io.complaintstreams.domain.complaint;

import static io.complaintstreams.domain.complaint.Facts.fact;
import static io.complaintstreams.domain.complaint.Facts.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.deadline.CodeRules;
import io.complaintstreams.domain.deadline.LocalStageTarget;
import io.complaintstreams.domain.deadline.LocalTargets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {
    private final ComplaintLifecycle lifecycle = new ComplaintLifecycle(WorkingDayCalendar.englandAndWales(), 2);

    private ComplaintView view(List<ComplaintFact> facts, String today) {
        return lifecycle.evaluate(facts, LocalDate.parse(today), CodeRules.housingOmbudsmanCode(), LocalTargets.none()).orElseThrow();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shouldDateFactsInLondonTime() {
        // 23:30 UTC on Sun 31 Mar 2024 is 00:30 BST on Easter Monday 1 Apr 2024.
        ComplaintFact received = ComplaintFact.builder("e1", FactType.RECEIVED, 1, Instant.parse("2024-03-31T23:30:00Z"))
                .complaint("C1", "L1", "R1").build();
        ComplaintView v = view(List.of(received), "2024-04-02");
        assertEquals(d("2024-04-01"), v.current().receivedOn());
        assertEquals(d("2024-04-08"), v.current().acknowledgeBy());
        assertEquals(ComplaintStatus.ON_TRACK, v.status());
    }

    @Test
    void shouldWaitForReceivedWhenAcknowledgementArrivesFirst() {
        ComplaintFact ack = of("e2", FactType.ACKNOWLEDGED, 1, "2024-10-03");
        assertTrue(lifecycle.evaluate(List.of(ack), d("2024-10-04"), CodeRules.housingOmbudsmanCode(), LocalTargets.none()).isEmpty());
        ComplaintView v = view(List.of(ack, of("e1", FactType.RECEIVED, 1, "2024-10-02")), "2024-10-04");
        assertEquals(d("2024-10-03"), v.current().acknowledgedOn());
        assertEquals(d("2024-10-17"), v.current().respondBy());
    }

    @Test
    void shouldAddUpMultipleExtensions() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-10-02"), of("e2", FactType.ACKNOWLEDGED, 1, "2024-10-02"),
                fact("e3", FactType.EXTENDED, 1, "2024-10-10").extensionWorkingDays(4).build(),
                fact("e4", FactType.EXTENDED, 1, "2024-10-14").extensionWorkingDays(7).build());
        ComplaintView v = view(facts, "2024-10-15");
        assertEquals(11, v.current().extensionWorkingDays());
        assertFalse(v.current().extensionCompliant());
        assertEquals(WorkingDayCalendar.englandAndWales().plusWorkingDays(d("2024-10-02"), 21), v.current().respondBy());
    }

    @Test
    void shouldStartStage2OnEscalationAndKeepStage1Summary() {
        List<ComplaintFact> facts = List.of(
                fact("e1", FactType.RECEIVED, 1, "2024-10-02").handlerId("H1").category("repairs").themes(List.of("repairs")).build(),
                of("e2", FactType.ACKNOWLEDGED, 1, "2024-10-03"),
                fact("e3", FactType.RESPONDED, 1, "2024-10-15").outcome("NOT_UPHELD").build(),
                fact("e4", FactType.ESCALATED, 2, "2024-11-01").handlerId("H2").themes(List.of("damp_mould")).build());
        ComplaintView v = view(facts, "2024-11-04");
        assertEquals(2, v.stage());
        assertEquals(d("2024-11-01"), v.current().receivedOn());
        assertEquals(d("2024-11-08"), v.current().acknowledgeBy());
        assertEquals(ComplaintStatus.ON_TRACK, v.status());
        StageView stage1 = v.stage1Summary().orElseThrow();
        assertEquals(ComplaintStatus.CLOSED_ON_TIME, stage1.status());
        assertEquals(Boolean.TRUE, stage1.withinTimescale());
        assertEquals("NOT_UPHELD", stage1.outcome());
        assertEquals("H1", v.stage1HandlerId());
        assertEquals("H2", v.handlerId());
        assertNull(v.outcome());
        assertEquals(List.of("damp_mould", "repairs"), v.themes());
        assertEquals("repairs", v.category());
    }

    @Test
    void shouldFreezeUnansweredStage1AtEscalation() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-10-02"), of("e4", FactType.ESCALATED, 2, "2024-10-14"));
        StageView stage1 = view(facts, "2025-03-01").stage1Summary().orElseThrow();
        assertEquals(ComplaintStatus.OVERDUE, stage1.status());
        assertNull(stage1.respondedOn());
    }

    @Test
    void shouldEndClockOnRefusalAndWithdrawal() {
        ComplaintFact received = of("e1", FactType.RECEIVED, 1, "2024-10-02");
        ComplaintView refused = view(List.of(received, fact("e2", FactType.REFUSED, 1, "2024-10-03").reason("outside 12 months").build()), "2025-01-01");
        assertEquals(ComplaintStatus.REFUSED, refused.status());
        assertEquals("outside 12 months", refused.reason());
        assertEquals(ComplaintStatus.WITHDRAWN, view(List.of(received, of("e2", FactType.WITHDRAWN, 1, "2024-10-30")), "2025-01-01").status());
    }

    @Test
    void shouldJudgeClosureWithoutResponseAgainstRespondBy() {
        ComplaintFact received = of("e1", FactType.RECEIVED, 1, "2024-10-02");
        // respondBy (not acknowledged) = 9 Oct + 10 = 23 Oct 2024.
        assertEquals(ComplaintStatus.CLOSED_ON_TIME, view(List.of(received, of("e2", FactType.CLOSED, 1, "2024-10-23")), "2025-01-01").status());
        ComplaintView late = view(List.of(received, of("e2", FactType.CLOSED, 1, "2024-10-24")), "2025-01-01");
        assertEquals(ComplaintStatus.CLOSED_LATE, late.status());
        assertNull(late.current().respondedOnTime());
    }

    @Test
    void shouldLetTheFirstFactThatEndsTheStageDecideItsStatus() {
        ComplaintFact received = of("e1", FactType.RECEIVED, 1, "2024-10-02");
        ComplaintView respondedLateThenClosed = view(List.of(received, of("e4", FactType.ACKNOWLEDGED, 1, "2024-10-03"),
                of("e2", FactType.RESPONDED, 1, "2024-10-30"), of("e3", FactType.CLOSED, 1, "2024-10-31")), "2025-01-01");
        assertEquals(ComplaintStatus.CLOSED_LATE, respondedLateThenClosed.status());
        ComplaintView withdrawnThenClosed = view(List.of(received, of("e2", FactType.WITHDRAWN, 1, "2024-10-10"),
                of("e3", FactType.CLOSED, 1, "2024-10-31")), "2025-01-01");
        assertEquals(ComplaintStatus.WITHDRAWN, withdrawnThenClosed.status());
    }

    @Test
    void shouldReportOverdueAndDueSoonAsOfToday() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-10-02"));
        assertEquals(ComplaintStatus.DUE_SOON, view(facts, "2024-10-07").status());
        assertEquals(ComplaintStatus.OVERDUE, view(facts, "2024-10-10").status());
    }

    @Test
    void shouldComputeLocalTargetsForCurrentStage() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-10-02"));
        LocalTargets targets = new LocalTargets(new LocalStageTarget(3, 8), null);
        ComplaintView v = lifecycle.evaluate(facts, d("2024-10-03"), CodeRules.housingOmbudsmanCode(), targets).orElseThrow();
        assertEquals(d("2024-10-07"), v.current().local().acknowledgeBy());
        assertEquals(d("2024-10-17"), v.current().local().respondBy());
        assertEquals(d("2024-10-09"), v.current().acknowledgeBy());
    }

    @Test
    void shouldTakeTheResponseAsTheAcknowledgementWhenNoneWasRecorded() {
        // Received Mon 30 Sep 2024, answered in full Wed 2 Oct, no ACKNOWLEDGED (issue 9 section 4).
        ComplaintView v = view(List.of(of("e1", FactType.RECEIVED, 1, "2024-09-30"),
                fact("e2", FactType.RESPONDED, 1, "2024-10-02").outcome("UPHELD").build()), "2024-10-03");
        assertEquals(d("2024-10-02"), v.current().acknowledgedOn());
        assertEquals(Boolean.TRUE, v.current().acknowledgedOnTime());
        assertEquals(Boolean.TRUE, v.current().withinTimescale());
        assertEquals(ComplaintStatus.CLOSED_ON_TIME, v.status());
    }

    @Test
    void shouldLeaveAnOpenStageWithoutAcknowledgementUnacknowledged() {
        ComplaintView v = view(List.of(of("e1", FactType.RECEIVED, 1, "2024-09-30")), "2024-10-03");
        assertNull(v.current().acknowledgedOn());
        assertNull(v.current().acknowledgedOnTime());
    }
}
