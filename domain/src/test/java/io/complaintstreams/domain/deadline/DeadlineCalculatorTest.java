package io.complaintstreams.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {
    private final DeadlineCalculator calculator = DeadlineCalculator.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shouldCountAcknowledgementAndResponseFromAcknowledgementDate() {
        // Received Wed 2 Oct 2024, acknowledged the same day: +5 = Wed 9 Oct; stage 1 respond = ack + 10 = Wed 16 Oct.
        Deadlines out = calculator.calculate(new DeadlineInput(1, d("2024-10-02"), d("2024-10-02"), 0, null), d("2024-10-03"));
        assertEquals(d("2024-10-09"), out.acknowledgeBy());
        assertEquals(d("2024-10-16"), out.respondBy());
        assertEquals(Boolean.TRUE, out.acknowledgedOnTime());
        assertNull(out.respondedOnTime());
        assertEquals(DeadlineStatus.ON_TRACK, out.status());
    }

    @Test
    void shouldCountResponseFromAcknowledgeByWhileNotAcknowledged() {
        Deadlines out = calculator.calculate(new DeadlineInput(2, d("2024-10-02"), null, 0, null), d("2024-10-03"));
        assertEquals(d("2024-10-09"), out.acknowledgeBy());
        assertEquals(d("2024-11-06"), out.respondBy());
        assertNull(out.acknowledgedOnTime());
    }

    @Test
    void shouldAddExtensionAndJudgeItAgainstCodeMaximumPerStage() {
        Deadlines stage1 = calculator.calculate(new DeadlineInput(1, d("2024-10-02"), d("2024-10-02"), 11, null), d("2024-10-03"));
        assertFalse(stage1.extensionCompliant());
        assertEquals(calculator.calendar().plusWorkingDays(d("2024-10-02"), 21), stage1.respondBy());
        assertEquals(d("2024-10-30"), stage1.respondByWithinCodeMaximum());
        Deadlines stage2 = calculator.calculate(new DeadlineInput(2, d("2024-10-02"), d("2024-10-02"), 20, null), d("2024-10-03"));
        assertTrue(stage2.extensionCompliant());
    }

    @Test
    void shouldGiveDueSoonWhenTwoOrFewerWorkingDaysRemainUpToDue() {
        // acknowledgeBy Wed 9 Oct 2024 while not acknowledged.
        DeadlineInput open = new DeadlineInput(1, d("2024-10-02"), null, 0, null);
        assertEquals(DeadlineStatus.ON_TRACK, calculator.calculate(open, d("2024-10-04")).status());
        assertEquals(DeadlineStatus.DUE_SOON, calculator.calculate(open, d("2024-10-07")).status());
        assertEquals(DeadlineStatus.DUE_SOON, calculator.calculate(open, d("2024-10-09")).status());
        assertEquals(DeadlineStatus.OVERDUE, calculator.calculate(open, d("2024-10-10")).status());
        // Sat 5 Oct: Mon, Tue, Wed remain = 3.
        assertEquals(DeadlineStatus.ON_TRACK, calculator.calculate(open, d("2024-10-05")).status());
    }

    @Test
    void shouldHonourConfiguredDueSoonThreshold() {
        DeadlineCalculator wide = new DeadlineCalculator(WorkingDayCalendar.englandAndWales(), CodeRules.housingOmbudsmanCode(), 3);
        DeadlineInput open = new DeadlineInput(1, d("2024-10-02"), null, 0, null);
        assertEquals(DeadlineStatus.DUE_SOON, wide.calculate(open, d("2024-10-05")).status());
    }

    @Test
    void shouldCloseOnTimeOrLateIgnoringAsOf() {
        DeadlineInput onTime = new DeadlineInput(1, d("2024-10-02"), d("2024-10-02"), 0, d("2024-10-16"));
        DeadlineInput late = new DeadlineInput(1, d("2024-10-02"), d("2024-10-02"), 0, d("2024-10-17"));
        assertEquals(DeadlineStatus.CLOSED_ON_TIME, calculator.calculate(onTime, d("2030-01-01")).status());
        assertEquals(Boolean.TRUE, calculator.calculate(onTime, d("2030-01-01")).withinTimescale());
        assertEquals(DeadlineStatus.CLOSED_LATE, calculator.calculate(late, d("2024-10-03")).status());
        assertEquals(Boolean.FALSE, calculator.calculate(late, d("2024-10-03")).respondedOnTime());
    }

    @Test
    void shouldComputeLocalTargetsBesideCodeOnes() {
        LocalTargets targets = new LocalTargets(null, new LocalStageTarget(3, 15));
        DeadlineInput in = new DeadlineInput(2, d("2024-10-02"), d("2024-10-08"), 0, d("2024-10-30"));
        LocalDeadlines local = calculator.local(targets, in);
        assertEquals(d("2024-10-07"), local.acknowledgeBy());
        assertEquals(Boolean.FALSE, local.acknowledgedOnTime());
        assertEquals(d("2024-10-29"), local.respondBy());
        assertEquals(Boolean.FALSE, local.respondedOnTime());
        assertEquals(new LocalDeadlines(null, null, null, null), calculator.local(targets, new DeadlineInput(1, d("2024-10-02"), null, 0, null)));
        assertEquals(Boolean.TRUE, calculator.calculate(in, d("2024-10-30")).respondedOnTime());
    }

    @Test
    void shouldTakeAResponseWithoutAcknowledgementAsAcknowledgedOnItsDate() {
        // Issue 9 section 4: received Mon 30 Sep 2024, answered in full Wed 2 Oct, no ACKNOWLEDGED.
        Deadlines out = calculator.calculate(new DeadlineInput(1, d("2024-09-30"), null, 0, d("2024-10-02")), d("2024-10-03"));
        assertEquals(d("2024-10-07"), out.acknowledgeBy());
        assertEquals(Boolean.TRUE, out.acknowledgedOnTime());
        assertEquals(d("2024-10-16"), out.respondBy(), "the implied acknowledgement (2 Oct) + 10 working days, as section 3's formula says");
        assertEquals(Boolean.TRUE, out.respondedOnTime());
        assertEquals(Boolean.TRUE, out.withinTimescale());
        assertEquals(DeadlineStatus.CLOSED_ON_TIME, out.status());
    }

    @Test
    void shouldJudgeALateResponseWithoutAcknowledgementAsAcknowledgedLate() {
        // Received Mon 30 Sep 2024, acknowledgeBy Mon 7 Oct; answered Tue 8 Oct with no acknowledgement.
        Deadlines out = calculator.calculate(new DeadlineInput(1, d("2024-09-30"), null, 0, d("2024-10-08")), d("2024-10-09"));
        assertEquals(Boolean.FALSE, out.acknowledgedOnTime());
        assertEquals(Boolean.FALSE, out.withinTimescale(), "CH02 needs the acknowledgement on time");
        assertEquals(Boolean.TRUE, out.respondedOnTime(), "8 Oct is before respondBy 21 Oct");
    }

    @Test
    void shouldShowTheLatenessOfAResponseWithoutAcknowledgementInItsAcknowledgement() {
        // Received Mon 30 Sep 2024, acknowledgeBy Mon 7 Oct; answered Tue 22 Oct, never acknowledged. Section 3 takes the
        // response as the acknowledgement, so respondBy = 22 Oct + 10 = 5 Nov: the lateness is the acknowledgement's.
        Deadlines out = calculator.calculate(new DeadlineInput(1, d("2024-09-30"), null, 0, d("2024-10-22")), d("2024-10-23"));
        assertEquals(d("2024-11-05"), out.respondBy());
        assertEquals(Boolean.FALSE, out.acknowledgedOnTime());
        assertEquals(Boolean.FALSE, out.withinTimescale(), "CH02 does not count it");
    }

    @Test
    void shouldKeepASeparateAcknowledgementWhenThereIsOne() {
        Deadlines out = calculator.calculate(new DeadlineInput(1, d("2024-09-30"), d("2024-10-08"), 0, d("2024-10-09")), d("2024-10-09"));
        assertEquals(Boolean.FALSE, out.acknowledgedOnTime());
        assertEquals(d("2024-10-22"), out.respondBy());
    }

    @Test
    void shouldJudgeTheLocalAcknowledgementTargetByTheResponseDateToo() {
        LocalTargets threeDays = new LocalTargets(new LocalStageTarget(3, null), null);
        LocalDeadlines local = calculator.local(threeDays, new DeadlineInput(1, d("2024-09-30"), null, 0, d("2024-10-02")));
        assertEquals(d("2024-10-03"), local.acknowledgeBy());
        assertEquals(Boolean.TRUE, local.acknowledgedOnTime());
    }

    @Test
    void shouldCountTheLocalRespondByFromTheImpliedAcknowledgementLikeTheCodeOne() {
        LocalTargets targets = new LocalTargets(new LocalStageTarget(3, 5), null);
        DeadlineInput unacknowledged = new DeadlineInput(1, d("2024-09-30"), null, 0, d("2024-10-14"));
        LocalDeadlines local = calculator.local(targets, unacknowledged);
        assertEquals(d("2024-10-21"), local.respondBy());
        assertEquals(Boolean.TRUE, local.respondedOnTime());
        assertEquals(Boolean.FALSE, local.acknowledgedOnTime());
        assertEquals(d("2024-10-28"), calculator.calculate(unacknowledged, d("2024-10-14")).respondBy());
    }
}
