package io.complaintstreams.domain.ombudsman;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderAlertRulesTest {
    private final OrderAlertRules rules = new OrderAlertRules(WorkingDayCalendar.englandAndWales(), 5);

    private static OmbudsmanFact fact(String id, String type, String date, String orderId, String due) {
        return new OmbudsmanFact(id, "HOS-1", "C1", "LL1", null, type, Instant.parse(date + "T12:00:00Z"), List.of(), orderId,
                null, due == null ? null : LocalDate.parse(due), null);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shouldWarnFromFiveWorkingDaysBeforeTheDueDateAndAlertOverdueTheDayAfter() {
        OmbudsmanCase c = OmbudsmanCase.of(List.of(fact("1", "ORDER_MADE", "2025-04-01", "O1", "2025-05-02")));
        assertEquals(List.of(), rules.due(c, d("2025-04-24")));
        assertEquals(List.of(new OrderAlertRules.OrderAlert("O1", OrderAlertRules.DUE_SOON, d("2025-05-02"))), rules.due(c, d("2025-04-25")));
        assertEquals(OrderAlertRules.DUE_SOON, rules.due(c, d("2025-05-02")).get(0).kind());
        assertEquals(OrderAlertRules.OVERDUE, rules.due(c, d("2025-05-03")).get(0).kind());
        assertEquals(Optional.of(d("2025-04-25")), rules.nextCheckDate(c, d("2025-04-01")));
        assertEquals(Optional.of(d("2025-05-03")), rules.nextCheckDate(c, d("2025-04-25")));
        assertEquals(Optional.empty(), rules.nextCheckDate(c, d("2025-05-03")));
    }

    @Test
    void shouldStopAlertingOnceCompletedAndReadStatusAtADate() {
        OmbudsmanCase c = OmbudsmanCase.of(List.of(fact("1", "ORDER_MADE", "2025-04-01", "O1", "2025-05-02"),
                fact("2", "ORDER_COMPLETED", "2025-05-09", "O1", null), fact("2", "ORDER_COMPLETED", "2025-05-09", "O1", null)));
        assertEquals(OrderAlertRules.OVERDUE, rules.due(c, d("2025-05-06")).get(0).kind(), "completion not known yet");
        assertEquals(List.of(), rules.due(c, d("2025-05-09")));
        assertEquals(OrderStatus.OVERDUE, c.orders().get(0).statusOn(d("2025-05-08")));
        assertEquals(OrderStatus.COMPLETED_LATE, c.orders().get(0).statusOn(d("2025-05-09")));
        assertEquals(OrderStatus.OPEN, c.orders().get(0).statusOn(d("2025-05-02")));
    }

    @Test
    void shouldTakeTheLatestDueDateOfARevisedOrderAndTheDeterminationsFindings() {
        OmbudsmanCase c = OmbudsmanCase.of(List.of(fact("2", "ORDER_MADE", "2025-04-20", "O1", "2025-06-30"),
                fact("1", "ORDER_MADE", "2025-04-01", "O1", "2025-05-02"),
                new OmbudsmanFact("0", "HOS-1", "C1", "LL1", null, "DETERMINED", Instant.parse("2025-04-01T09:00:00Z"),
                        List.of(new OmbudsmanFact.Finding("MALADMINISTRATION", "repairs"),
                                new OmbudsmanFact.Finding("SERVICE_FAILURE", "complaint handling")), null, null, null, null)));
        assertEquals(d("2025-06-30"), c.orders().get(0).dueOn());
        assertEquals(d("2025-04-01"), c.orders().get(0).madeOn());
        assertEquals(d("2025-04-01"), c.determinedOn());
        assertEquals(List.of("MALADMINISTRATION", "SERVICE_FAILURE"), c.findingKinds());
    }
}
