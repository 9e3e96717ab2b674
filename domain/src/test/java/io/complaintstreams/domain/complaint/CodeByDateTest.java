package io.complaintstreams.domain.complaint;

import static io.complaintstreams.domain.complaint.Facts.fact;
import static io.complaintstreams.domain.complaint.Facts.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.deadline.CodeEditions;
import io.complaintstreams.domain.deadline.LocalTargets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 item 5: a complaint is judged by the Code edition in force on the date it was received. */
class CodeByDateTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private final ComplaintLifecycle lifecycle = new ComplaintLifecycle(CALENDAR, 2);

    private ComplaintView view(List<ComplaintFact> facts, String today) {
        return lifecycle.evaluate(facts, LocalDate.parse(today), CodeEditions.standard(), LocalTargets.none()).orElseThrow();
    }

    @Test
    void shouldCountStage2ResponseFromTheEscalationRequestUnderThe2022Code() {
        // received Mon 3 Apr 2023, escalated Thu 1 Jun 2023, stage 2 acknowledged Mon 5 Jun 2023
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2023-04-03"), of("e2", FactType.RESPONDED, 1, "2023-04-14"),
                of("e3", FactType.ESCALATED, 2, "2023-06-01"), of("e4", FactType.ACKNOWLEDGED, 2, "2023-06-05"));
        ComplaintView v = view(facts, "2023-06-06");
        assertEquals("2022", v.code());
        // 2022: escalation request + 20 working days; the acknowledgement does not move it
        assertEquals(CALENDAR.plusWorkingDays(LocalDate.parse("2023-06-01"), 20), v.current().respondBy());
        assertEquals(LocalDate.parse("2023-06-29"), v.current().respondBy());
        assertEquals(LocalDate.parse("2023-06-08"), v.current().acknowledgeBy());
    }

    @Test
    void shouldCountStage2ResponseFromTheAcknowledgementUnderThe2024Code() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2025-04-01"), of("e2", FactType.RESPONDED, 1, "2025-04-14"),
                of("e3", FactType.ESCALATED, 2, "2025-06-02"), of("e4", FactType.ACKNOWLEDGED, 2, "2025-06-05"));
        ComplaintView v = view(facts, "2025-06-06");
        assertEquals("2024", v.code());
        assertEquals(CALENDAR.plusWorkingDays(LocalDate.parse("2025-06-05"), 20), v.current().respondBy());
    }

    @Test
    void shouldJudgeAComplaintReceivedOn31March2024By2022CodeAndOn1AprilBy2024Code() {
        assertEquals("2022", view(List.of(of("e1", FactType.RECEIVED, 1, "2024-03-31")), "2024-04-02").code());
        assertEquals("2024", view(List.of(of("e1", FactType.RECEIVED, 1, "2024-04-01")), "2024-04-02").code());
    }

    @Test
    void shouldJudgeBothStagesByTheDateOfStage1ReceiptEvenWhenEscalatedAfterApril2024() {
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2024-03-20"), of("e2", FactType.RESPONDED, 1, "2024-04-02"),
                of("e3", FactType.ESCALATED, 2, "2024-04-10"), of("e4", FactType.ACKNOWLEDGED, 2, "2024-04-12"));
        ComplaintView v = view(facts, "2024-04-15");
        assertEquals("2022", v.code());
        assertEquals(CALENDAR.plusWorkingDays(LocalDate.parse("2024-04-10"), 20), v.current().respondBy());
    }

    @Test
    void shouldAllowAtMost10ExtraWorkingDaysAtStage2UnderThe2022CodeAnd20Under2024() {
        List<ComplaintFact> in2023 = List.of(of("e1", FactType.RECEIVED, 1, "2023-04-03"), of("e2", FactType.RESPONDED, 1, "2023-04-14"),
                of("e3", FactType.ESCALATED, 2, "2023-06-01"), fact("e4", FactType.EXTENDED, 2, "2023-06-20").extensionWorkingDays(15).build());
        ComplaintView v2022 = view(in2023, "2023-06-21");
        assertFalse(v2022.current().extensionCompliant());
        assertEquals(CALENDAR.plusWorkingDays(LocalDate.parse("2023-06-01"), 35), v2022.current().respondBy());
        assertEquals(CALENDAR.plusWorkingDays(LocalDate.parse("2023-06-01"), 30), v2022.current().respondByWithinCodeMaximum());
        List<ComplaintFact> in2025 = List.of(of("e1", FactType.RECEIVED, 1, "2025-04-01"), of("e2", FactType.RESPONDED, 1, "2025-04-14"),
                of("e3", FactType.ESCALATED, 2, "2025-06-02"), fact("e4", FactType.EXTENDED, 2, "2025-06-20").extensionWorkingDays(15).build());
        assertTrue(view(in2025, "2025-06-21").current().extensionCompliant());
    }

    @Test
    void shouldJudgeStage1AlikeUnderBothEditions() {
        // stage 1: acknowledge within 5 of receipt, respond within 10 of the acknowledgement (2022: "of being logged")
        List<ComplaintFact> facts = List.of(of("e1", FactType.RECEIVED, 1, "2023-10-02"), of("e2", FactType.ACKNOWLEDGED, 1, "2023-10-04"));
        ComplaintView v = view(facts, "2023-10-05");
        assertEquals("2022", v.code());
        assertEquals(CALENDAR.plusWorkingDays(LocalDate.parse("2023-10-04"), 10), v.current().respondBy());
        assertEquals(CALENDAR.plusWorkingDays(LocalDate.parse("2023-10-02"), 5), v.current().acknowledgeBy());
    }
}
