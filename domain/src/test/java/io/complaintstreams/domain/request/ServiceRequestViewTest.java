package io.complaintstreams.domain.request;

import static org.junit.jupiter.api.Assertions.*;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.request.ServiceRequestView.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * April-May 2025, Europe/London: Good Friday 18 April and Easter Monday 21 April are bank holidays, so Tuesday
 * 1 April + 15 working days is Thursday 24 April.
 */
class ServiceRequestViewTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ServiceRequestTargets TARGETS = ServiceRequestTargets.parse("Repairs=15, heating=5");

    private static StatusChange change(String date, String status, Instant dueAt) {
        return new StatusChange(Instant.parse(date + "T10:00:00Z"), status, "repairs", null, dueAt);
    }

    private static ServiceRequestView view(List<StatusChange> changes, String today) {
        return ServiceRequestView.of(changes, Optional.empty(), TARGETS, CALENDAR, LONDON, LocalDate.parse(today));
    }

    @Test
    void shouldBeDueFifteenWorkingDaysAfterOpeningOverEasterAndOverdueTheDayAfter() {
        List<StatusChange> changes = List.of(change("2025-04-01", "OPEN", null));
        ServiceRequestView onDueDay = view(changes, "2025-04-24");
        assertEquals(LocalDate.parse("2025-04-24"), onDueDay.dueOn());
        assertEquals("target", onDueDay.dueFrom());
        assertFalse(onDueDay.overdue());
        ServiceRequestView dayAfter = view(changes, "2025-04-25");
        assertTrue(dayAfter.overdue());
        assertEquals(1, dayAfter.daysOverdue());
        assertEquals(24, dayAfter.ageDays());
    }

    @Test
    void shouldPreferTheRequestsOwnDueAtAndTakeTheStatusOfTheLatestChangeWhateverTheArrivalOrder() {
        Instant dueAt = Instant.parse("2025-04-08T17:00:00Z");
        List<StatusChange> changes = List.of(change("2025-04-10", "COMPLETED", dueAt), change("2025-04-01", "OPEN", dueAt),
                change("2025-04-03", "IN_PROGRESS", dueAt));
        ServiceRequestView v = view(changes, "2025-05-01");
        assertEquals("COMPLETED", v.status());
        assertFalse(v.open());
        assertEquals(LocalDate.parse("2025-04-08"), v.dueOn());
        assertEquals("dueAt", v.dueFrom());
        assertEquals(LocalDate.parse("2025-04-10"), v.closedOn());
        assertEquals(9, v.ageDays());
        assertFalse(v.overdue(), "closed requests are not overdue");
        assertTrue(v.completedLate());
    }

    @Test
    void shouldHaveNoDueDateWithoutTargetOrDueAtAndNameTheDateItBecameAComplaint() {
        var v = ServiceRequestView.of(List.of(new StatusChange(Instant.parse("2025-04-01T10:00:00Z"), "OPEN", "estate", null, null)),
                Optional.of(Instant.parse("2025-05-02T23:30:00Z")), TARGETS, CALENDAR, LONDON, LocalDate.parse("2025-12-01"));
        assertNull(v.dueOn());
        assertFalse(v.overdue());
        assertEquals(LocalDate.parse("2025-05-03"), v.becameComplaintOn(), "23:30 UTC is the next day in London (BST)");
    }

    @Test
    void shouldRefuseATargetThatIsNotCategoryEqualsWorkingDays() {
        assertEquals(5, ServiceRequestTargets.parse("heating=5").workingDaysFor("HEATING").orElseThrow());
        var e = assertThrows(IllegalArgumentException.class, () -> ServiceRequestTargets.parse("repairs=15,heating"));
        assertTrue(e.getMessage().contains("'heating'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServiceRequestTargets.parse("repairs=0"));
        assertThrows(IllegalArgumentException.class, () -> ServiceRequestTargets.parse("repairs=5,Repairs=6"));
    }
}
