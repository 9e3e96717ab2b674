package io.complaintstreams.domain.ombudsman;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which Ombudsman order alerts are due on a date (Code 9.7 c: the landlord must meet the Ombudsman's orders and
 * report on them). {@code OMBUDSMAN_ORDER_DUE_SOON} when an order is not completed and at most
 * {@code dueSoonWorkingDays} working days remain after today up to and including its due date;
 * {@code OMBUDSMAN_ORDER_OVERDUE} when today is after its due date and it is not completed. Pure.
 */
public final class OrderAlertRules {
    /** Default warning: 5 working days (a week) before an order's due date. */
    public static final int DEFAULT_DUE_SOON_WORKING_DAYS = 5;
    public static final String DUE_SOON = "OMBUDSMAN_ORDER_DUE_SOON";
    public static final String OVERDUE = "OMBUDSMAN_ORDER_OVERDUE";

    /** An alert for one order. */
    public record OrderAlert(String orderId, String kind, LocalDate dueOn) {
        /** The once-only key: {@code orderId:KIND}. */
        public String flag() {
            return orderId + ":" + kind;
        }
    }

    private final WorkingDayCalendar calendar;
    private final int dueSoonWorkingDays;

    public OrderAlertRules(WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("dueSoonWorkingDays must not be negative");
        }
        this.calendar = calendar;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /** Every alert due on {@code today}; the caller raises those it has not raised before. */
    public List<OrderAlert> due(OmbudsmanCase c, LocalDate today) {
        List<OrderAlert> due = new ArrayList<>();
        for (OmbudsmanCase.Order o : c.orders()) {
            if (o.completedOn() != null && !o.completedOn().isAfter(today)) {
                continue;
            }
            if (today.isAfter(o.dueOn())) {
                due.add(new OrderAlert(o.orderId(), OVERDUE, o.dueOn()));
            } else if (calendar.workingDaysBetween(today, o.dueOn()) <= dueSoonWorkingDays) {
                due.add(new OrderAlert(o.orderId(), DUE_SOON, o.dueOn()));
            }
        }
        return due;
    }

    /** The first date after {@code after} on which an alert of an open order becomes due; empty when none can. */
    public Optional<LocalDate> nextCheckDate(OmbudsmanCase c, LocalDate after) {
        List<LocalDate> triggers = new ArrayList<>();
        for (OmbudsmanCase.Order o : c.orders()) {
            if (o.completedOn() != null && !o.completedOn().isAfter(after)) {
                continue;
            }
            triggers.add(firstDueSoonDate(o.dueOn()));
            triggers.add(o.dueOn().plusDays(1));
        }
        return triggers.stream().filter(d -> d.isAfter(after)).min(LocalDate::compareTo);
    }

    private LocalDate firstDueSoonDate(LocalDate due) {
        LocalDate d = due;
        while (calendar.workingDaysBetween(d.minusDays(1), due) <= dueSoonWorkingDays) {
            d = d.minusDays(1);
        }
        return d;
    }
}
