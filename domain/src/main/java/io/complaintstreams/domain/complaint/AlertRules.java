package io.complaintstreams.domain.complaint;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import io.complaintstreams.domain.deadline.DeadlineStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which alerts are due for a complaint on a date, and the next date one could become due. Clock alerts
 * (DUE_SOON, OVERDUE) concern the current stage while its clock runs; DUE_SOON means at most the threshold of
 * working days remain after today up to the deadline, OVERDUE that today is after it.
 */
public final class AlertRules {
    private final DeadlineCalculator calculator;

    /** Uses the calculator's calendar and DUE_SOON threshold (its Code rules are not needed: the view has them applied). */
    public AlertRules(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** All alerts due on {@code today}; the caller raises those it has not raised before. */
    public SortedSet<AlertKey> due(ComplaintView view, LocalDate today) {
        SortedSet<AlertKey> due = new TreeSet<>();
        StageView current = view.current();
        if (current.endedBy() == null) {
            if (current.acknowledgedOn() == null) {
                clock(current.stage(), current.acknowledgeBy(), today, AlertKind.ACKNOWLEDGEMENT_DUE_SOON,
                        AlertKind.ACKNOWLEDGEMENT_OVERDUE).ifPresent(due::add);
            }
            clock(current.stage(), current.respondBy(), today, AlertKind.RESPONSE_DUE_SOON, AlertKind.RESPONSE_OVERDUE)
                    .ifPresent(due::add);
        }
        view.stage1Summary().filter(s -> !s.extensionCompliant()).ifPresent(s -> due.add(new AlertKey(1, AlertKind.EXTENSION_BEYOND_CODE)));
        if (!current.extensionCompliant()) {
            due.add(new AlertKey(current.stage(), AlertKind.EXTENSION_BEYOND_CODE));
        }
        if (view.stage() == 2 && current.handlerId() != null && current.handlerId().equals(view.stage1HandlerId())) {
            due.add(new AlertKey(2, AlertKind.STAGE2_SAME_HANDLER));
        }
        return due;
    }

    /** The first date after the view's asOf on which a clock alert becomes due; empty once the clock has stopped. */
    public Optional<LocalDate> nextCheckDate(ComplaintView view) {
        return nextCheckDate(view, view.asOf());
    }

    /** The first date after {@code after} on which a clock alert becomes due; empty once the clock has stopped. */
    public Optional<LocalDate> nextCheckDate(ComplaintView view, LocalDate after) {
        StageView current = view.current();
        if (current.endedBy() != null) {
            return Optional.empty();
        }
        List<LocalDate> triggers = new ArrayList<>();
        if (current.acknowledgedOn() == null) {
            triggers.add(firstDueSoonDate(current.acknowledgeBy()));
            triggers.add(current.acknowledgeBy().plusDays(1));
        }
        triggers.add(firstDueSoonDate(current.respondBy()));
        triggers.add(current.respondBy().plusDays(1));
        return triggers.stream().filter(d -> d.isAfter(after)).min(LocalDate::compareTo);
    }

    private Optional<AlertKey> clock(int stage, LocalDate deadline, LocalDate today, AlertKind soon, AlertKind overdue) {
        DeadlineStatus status = calculator.openStatus(deadline, today);
        return status == DeadlineStatus.ON_TRACK ? Optional.empty()
                : Optional.of(new AlertKey(stage, status == DeadlineStatus.OVERDUE ? overdue : soon));
    }

    /** The earliest date from which at most the threshold of working days remain up to the deadline. */
    private LocalDate firstDueSoonDate(LocalDate deadline) {
        WorkingDayCalendar calendar = calculator.calendar();
        LocalDate d = deadline;
        int remaining = 0;
        while (true) {
            int before = remaining + (calendar.isWorkingDay(d) ? 1 : 0);
            if (before > calculator.dueSoonWorkingDays()) {
                return d;
            }
            remaining = before;
            d = d.minusDays(1);
        }
    }
}
