package io.complaintstreams.domain.request;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service request as it is monitored (Code 1.4) on {@code today}: its status, age and due date, whether it is
 * overdue, and whether it became a complaint (Code 1.5). Dates are the Europe/London dates of the events.
 *
 * @param status            status of the latest change by occurredAt: OPEN, IN_PROGRESS, COMPLETED or CANCELLED
 * @param open              status is OPEN or IN_PROGRESS
 * @param category          the category of the latest change that names one
 * @param priority          the priority of the latest change that names one, or null
 * @param openedOn          date of the earliest change
 * @param closedOn          date of the latest change when the request is COMPLETED or CANCELLED, else null
 * @param dueOn             the request's own due date (dueAt of the latest change that has one), else openedOn plus
 *                          the category's target in working days, else null (no target: never overdue)
 * @param dueFrom           {@code dueAt}, {@code target} or null, where dueOn comes from
 * @param ageDays           calendar days from openedOn to closedOn, or to today while open
 * @param overdue           open and today is after dueOn
 * @param daysOverdue       calendar days today is after dueOn while overdue, else 0
 * @param completedLate     COMPLETED after dueOn
 * @param becameComplaintOn date of the first link (a RAISE_COMPLAINT signal naming it, or a survey naming it and a
 *                          complaint), or null
 */
public record ServiceRequestView(String status, boolean open, String category, String priority, LocalDate openedOn,
                                 LocalDate closedOn, LocalDate dueOn, String dueFrom, long ageDays, boolean overdue,
                                 long daysOverdue, boolean completedLate, LocalDate becameComplaintOn) {

    private static final Set<String> OPEN = Set.of("OPEN", "IN_PROGRESS");

    /** One status change of the request, as the CRM sent it. */
    public record StatusChange(Instant occurredAt, String status, String category, String priority, Instant dueAt) {}

    /**
     * @param changes           the request's status changes, in arrival order (at least one)
     * @param becameComplaintAt when the first link happened, if any
     * @throws IllegalArgumentException when there is no status change
     */
    public static ServiceRequestView of(List<StatusChange> changes, Optional<Instant> becameComplaintAt,
                                        ServiceRequestTargets targets, WorkingDayCalendar calendar, ZoneId zone,
                                        LocalDate today) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a service request is monitored from its first status change");
        }
        // stable sort: changes at the same instant keep their arrival order, the later arrival wins
        List<StatusChange> byTime = changes.stream().sorted(Comparator.comparing(StatusChange::occurredAt)).toList();
        StatusChange latest = byTime.get(byTime.size() - 1);
        String status = latest.status();
        boolean open = OPEN.contains(status);
        LocalDate openedOn = date(byTime.get(0).occurredAt(), zone);
        LocalDate closedOn = open ? null : date(latest.occurredAt(), zone);
        String category = lastNonNull(byTime, StatusChange::category);
        String priority = lastNonNull(byTime, StatusChange::priority);
        Instant dueAt = byTime.stream().map(StatusChange::dueAt).filter(d -> d != null).reduce((a, b) -> b).orElse(null);
        LocalDate dueOn = null;
        String dueFrom = null;
        if (dueAt != null) {
            dueOn = date(dueAt, zone);
            dueFrom = "dueAt";
        } else {
            Optional<Integer> target = targets.workingDaysFor(category);
            if (target.isPresent()) {
                dueOn = calendar.plusWorkingDays(openedOn, target.get());
                dueFrom = "target";
            }
        }
        long ageDays = ChronoUnit.DAYS.between(openedOn, open ? today : closedOn);
        boolean overdue = open && dueOn != null && today.isAfter(dueOn);
        long daysOverdue = overdue ? ChronoUnit.DAYS.between(dueOn, today) : 0;
        boolean completedLate = "COMPLETED".equals(status) && dueOn != null && closedOn.isAfter(dueOn);
        LocalDate becameComplaintOn = becameComplaintAt.map(at -> date(at, zone)).orElse(null);
        return new ServiceRequestView(status, open, category, priority, openedOn, closedOn, dueOn, dueFrom,
                Math.max(0, ageDays), overdue, daysOverdue, completedLate, becameComplaintOn);
    }

    private static LocalDate date(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private static String lastNonNull(List<StatusChange> byTime, java.util.function.Function<StatusChange, String> field) {
        return byTime.stream().map(field).filter(v -> v != null).reduce((a, b) -> b).orElse(null);
    }
}
